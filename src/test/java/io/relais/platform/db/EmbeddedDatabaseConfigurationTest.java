package io.relais.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** When the embedded MariaDB may start: never in production, never with an external database. */
class EmbeddedDatabaseConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedDatabaseConfiguration.class);

    @Test
    void theProductionProfileNeverStartsTheUnauthenticatedEmbeddedServer() {
        runner.withPropertyValues("spring.profiles.active=prod")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedMariaDb.class));
    }

    @Test
    void anExternalDatabaseUrlSwitchesTheEmbeddedServerOff() {
        runner.withPropertyValues("spring.datasource.url=jdbc:mariadb://db.example:3306/relais")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedMariaDb.class));
    }
}
