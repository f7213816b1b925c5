package io.relais;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;

@RelaisSpringTest
class ApplicationContextTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void everyRepositoryAndItsQueriesBuild() {
        // repositories start lazily (application.properties): getting them builds them and parses
        // every query, which throws here if one is broken
        Map<String, Repository> repositories = context.getBeansOfType(Repository.class);
        assertThat(repositories).hasSizeGreaterThan(30);
    }

    @Test
    void startsOnTheEmbeddedMariaDbWithEveryMigrationApplied() {
        String version = jdbc.queryForObject("select version()", String.class);
        assertThat(version).startsWith("11.4").contains("MariaDB");
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).extracting(MigrationInfo::getState)
                .allSatisfy(state -> assertThat(state.isApplied() && !state.isFailed()).isTrue());
        // Hibernate validated the schema against the entities at start-up (ddl-auto=validate).
        // Other tests share this database and add their own people (never at canopee.fr).
        assertThat(jdbc.queryForObject("select count(*) from person where email like '%@canopee.fr'", Integer.class))
                .isEqualTo(50);
    }
}
