package io.relais.search.internal;

import io.relais.platform.RelaisProperties;
import io.relais.search.internal.lucene.IndexSearch;
import io.relais.search.internal.lucene.LuceneIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Lucene index in {@code <relais.data-dir>/index}, opened once and closed at shutdown. */
@Configuration(proxyBeanMethods = false)
class SearchIndexConfiguration {

    @Bean(destroyMethod = "close")
    LuceneIndex luceneIndex(RelaisProperties properties) {
        return LuceneIndex.open(properties.dataPath("index"));
    }

    @Bean
    IndexSearch indexSearch(LuceneIndex index) {
        return new IndexSearch(index);
    }
}
