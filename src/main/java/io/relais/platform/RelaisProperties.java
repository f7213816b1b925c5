package io.relais.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Top-level settings of a Relais installation.
 *
 * @param dataDir folder holding the embedded database, the Lucene index and uploaded files
 * @param demo whether the demo organisation is created on first start with an empty database
 * @param publicUrl the absolute URL people reach Relais at (links in feeds and public pages)
 */
@ConfigurationProperties(prefix = "relais")
public record RelaisProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("true") boolean demo,
        @DefaultValue("http://localhost:8080") String publicUrl) {

    /** A sub-folder of the data folder, e.g. {@code "index"} or {@code "files"}. */
    public Path dataPath(String child) {
        return dataDir.resolve(child).toAbsolutePath().normalize();
    }
}
