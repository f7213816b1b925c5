package io.relais.platform.backup;

import io.relais.platform.db.EmbeddedMariaDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database a backup reads or a restore writes, and the MariaDB client programs to do it with.
 * With the embedded database it is the server of a running Relais when there is one (the backup
 * runs alongside it), else a server started for the command and stopped when it is closed.
 */
final class DatabaseConnection implements AutoCloseable {

    /** Name of the embedded database (see EmbeddedDatabaseConfiguration). */
    static final String EMBEDDED_DATABASE = "relais";
    private static final Pattern URL = Pattern.compile("jdbc:(?:mariadb|mysql)://([^/:?,]+)(?::(\\d+))?/([A-Za-z0-9_$-]+).*");

    final String host;
    final int port;
    final String database;
    final String user;
    final String password;
    /** The embedded server listens on loopback without TLS; an external one may require it. */
    final boolean local;
    final Path programs;
    private final EmbeddedMariaDb startedHere;

    private DatabaseConnection(String host, int port, String database, String user, String password, boolean local,
            Path programs, EmbeddedMariaDb startedHere) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
        this.local = local;
        this.programs = programs;
        this.startedHere = startedHere;
    }

    /**
     * Connects to the installation's database.
     *
     * @param restoring a restore refuses to load a dump under a running Relais; a backup joins it
     */
    static DatabaseConnection open(BackupSettings settings, boolean restoring) {
        if (!settings.embedded()) {
            Matcher url = URL.matcher(settings.jdbcUrl());
            if (!url.matches()) {
                throw new IllegalArgumentException("cannot read host, port and database from " + settings.jdbcUrl());
            }
            int port = url.group(2) == null ? 3306 : Integer.parseInt(url.group(2));
            return new DatabaseConnection(url.group(1), port, url.group(3), settings.username(), settings.password(),
                    false, EmbeddedMariaDb.clientPrograms(settings.mariadb()), null);
        }
        Optional<Integer> running = EmbeddedMariaDb.runningPort(settings.mariadb());
        if (running.isPresent()) {
            if (restoring) {
                throw new IllegalStateException("Relais is running on " + settings.dataDir() + ": stop it first");
            }
            return new DatabaseConnection("127.0.0.1", running.get(), EMBEDDED_DATABASE, "root", "", true,
                    settings.mariadb().resolve("server").resolve("bin"), null);
        }
        EmbeddedMariaDb server = EmbeddedMariaDb.acquire(settings.mariadb(), EMBEDDED_DATABASE);
        return new DatabaseConnection("127.0.0.1", server.port(), EMBEDDED_DATABASE, "root", "", true,
                server.programs(), server);
    }

    Connection jdbc() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/" + database, user, password);
    }

    @Override
    public void close() {
        if (startedHere != null) {
            startedHere.release();
        }
    }
}
