package io.relais.platform.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The backup and restore commands of the executable jar (README "Backup and restore"):
 * {@code java -jar relais.jar --relais.backup=<folder>} while Relais runs, and
 * {@code java -jar relais.jar --relais.restore=<backup folder>} on a fresh installation. They read
 * the installation's settings exactly as Relais does (properties files, profiles, environment,
 * arguments) but start nothing else: no web server, and no second embedded database beside a
 * running one. Exit status 0 when done, 1 when refused or failed.
 */
public final class BackupCommand {

    private static final String BACKUP = "relais.backup";
    private static final String RESTORE = "relais.restore";

    BackupCommand() {
        // the (empty) source of the settings-only Spring application below
    }

    /** Whether the arguments ask for a backup or a restore instead of starting Relais. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + BACKUP + "=") || arg.startsWith("--" + RESTORE + "="));
    }

    public static int run(String[] args) {
        try (ConfigurableApplicationContext settingsOnly = new SpringApplicationBuilder(BackupCommand.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .registerShutdownHook(false).run(args)) {
            Environment environment = settingsOnly.getEnvironment();
            BackupSettings settings = BackupSettings.from(environment);
            String backup = environment.getProperty(BACKUP, "").strip();
            String restore = environment.getProperty(RESTORE, "").strip();
            if (!backup.isEmpty() && !restore.isEmpty()) {
                throw new IllegalArgumentException("give either --relais.backup or --relais.restore, not both");
            }
            if (!backup.isEmpty()) {
                Backup.run(settings, Path.of(backup), Clock.systemUTC(), System.out);
            } else {
                Restore.run(settings, Path.of(restore), System.out);
            }
            return 0;
        } catch (RuntimeException failure) {
            boolean restoring = Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + RESTORE + "="));
            System.err.println((restoring ? "Restore" : "Backup") + " failed: " + failure.getMessage());
            return 1;
        }
    }
}
