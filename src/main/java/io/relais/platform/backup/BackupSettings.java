package io.relais.platform.backup;

import java.nio.file.Path;
import org.springframework.core.env.Environment;

/**
 * Where an installation keeps its data, read from the same properties Relais itself uses
 * ({@code relais.data-dir}, {@code spring.datasource.*}; README "Configuration").
 *
 * @param dataDir the data folder: attachment files in {@code files/}, the embedded database in
 *        {@code mariadb/}, the search index in {@code index/}
 * @param jdbcUrl the external database, or blank for the embedded one
 */
public record BackupSettings(Path dataDir, String jdbcUrl, String username, String password) {

    public static BackupSettings from(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "").strip();
        if (url.isEmpty() && environment.matchesProfiles("prod")) {
            throw new IllegalArgumentException("the prod profile needs SPRING_DATASOURCE_URL (an external database)");
        }
        return new BackupSettings(Path.of(environment.getProperty("relais.data-dir", "./data")).toAbsolutePath().normalize(),
                url, environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", ""));
    }

    public boolean embedded() {
        return jdbcUrl.isBlank();
    }

    public Path files() {
        return dataDir.resolve("files");
    }

    public Path index() {
        return dataDir.resolve("index");
    }

    public Path mariadb() {
        return dataDir.resolve("mariadb");
    }
}
