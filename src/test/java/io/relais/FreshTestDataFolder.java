package io.relais;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts every test run on an empty data folder ({@code target/test-data}), so the embedded
 * database, index and files of a previous run never leak into this one.
 */
public class FreshTestDataFolder implements LauncherSessionListener {

    static final Path FOLDER = Path.of("target", "test-data");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Files.exists(FOLDER)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(FOLDER)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
