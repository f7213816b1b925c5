package io.relais.search.internal;

import io.relais.clients.ClientIndexSource;
import io.relais.clients.ClientItem;
import io.relais.search.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One search source per kind of the client module's items, each with its own entry type. */
@Configuration(proxyBeanMethods = false)
class ClientSearchSources {

    @Bean
    SearchSource clientSearchSource(ClientIndexSource clients) {
        return new ClientSearchSource(ClientItem.CLIENT, clients);
    }

    @Bean
    SearchSource contactSearchSource(ClientIndexSource clients) {
        return new ClientSearchSource(ClientItem.CONTACT, clients);
    }

    @Bean
    SearchSource projectSearchSource(ClientIndexSource clients) {
        return new ClientSearchSource(ClientItem.PROJECT, clients);
    }

    @Bean
    SearchSource taskSearchSource(ClientIndexSource clients) {
        return new ClientSearchSource(ClientItem.TASK, clients);
    }
}
