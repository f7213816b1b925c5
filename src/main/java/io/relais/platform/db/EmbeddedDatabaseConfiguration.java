package io.relais.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.relais.platform.RelaisProperties;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Runs Relais on an embedded MariaDB when no external database is configured.
 *
 * <p>Never in production: the embedded server runs without authentication (fine on a developer's
 * loopback, not on a server), so the {@code prod} profile must be given an external database.
 *
 * <p>Setting {@code spring.datasource.url} (e.g. {@code SPRING_DATASOURCE_URL}) switches this
 * off entirely: Spring Boot then builds the data source and nothing is started.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@Profile("!prod")
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "relais";
    /** Same as {@code spring.datasource.hikari.connection-timeout} for an external database. */
    static final long CONNECTION_TIMEOUT_MS = 5_000;

    @Bean(destroyMethod = "release")
    EmbeddedMariaDb embeddedMariaDb(RelaisProperties properties) {
        return EmbeddedMariaDb.acquire(properties.dataPath("mariadb"), DATABASE);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedMariaDb server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(DATABASE));
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("relais-embedded");
        dataSource.setMaximumPoolSize(20);
        // A local server answers at once or is gone (e.g. Ctrl+C reached mariadbd first, or it
        // restarts): tell the person after 5 s rather than Hikari's default 30 s (ADR 0021), and
        // don't let shutdown wait for a connection that cannot come.
        dataSource.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        return dataSource;
    }
}
