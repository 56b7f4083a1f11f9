package org.bravo.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * PostgreSQL 17 from the zonky binaries on Maven Central. The data folder survives restarts; PostgreSQL is the
 * source of truth for Bravo, so nothing here ever wipes it.
 */
final class PostgresServer extends Server {
    private EmbeddedPostgres postgres;

    PostgresServer(StackConfig config) {
        super(config);
    }

    @Override
    String name() {
        return "postgresql";
    }

    @Override
    String url() {
        return config.jdbcUrl();
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(60);
    }

    Path dataDir() {
        return config.home().resolve("postgresql");
    }

    /** PostgreSQL keeps its own pid file; pg_ctl detaches the postmaster, so it is never our child process. */
    @Override
    Path pidFile() {
        return dataDir().resolve("postmaster.pid");
    }

    @Override
    String marker() {
        return "postgres";
    }

    @Override
    Optional<ProcessHandle> running() {
        // The postmaster's command line shows the data folder only as "-D <dir>", which pg_ctl passes relative
        // or absolute depending on version: the pid file living inside our data folder is proof enough.
        return Processes.fromPidFile(pidFile())
                .filter(h -> Processes.commandLine(h).contains("postgres")
                        || Processes.commandLine(h).isEmpty());
    }

    @Override
    void cleanStale() {
        running().ifPresent(stale -> {
            Console.info("Stopping a stale PostgreSQL (pid " + stale.pid() + ") left by an earlier run");
            Processes.signal(stale.pid(), "INT");
            Processes.waitForExit(stale, Duration.ofSeconds(30));
            if (stale.isAlive()) {
                stale.destroyForcibly();
            }
        });
    }

    @Override
    void launch() {
        createDirectories(config.logs());
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(config.postgresPort())
                    .setServerConfig("listen_addresses", StackConfig.HOST)
                    .setServerConfig("max_connections", "200")
                    .setOverrideWorkingDirectory(
                            config.cache().resolve("postgresql-binaries").toFile())
                    .setOutputRedirector(
                            ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .setErrorRedirector(
                            ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .setPGStartupWait(startTimeout())
                    .start();
            createDatabases();
        } catch (IOException | SQLException e) {
            throw new StackException("PostgreSQL did not start: " + e.getMessage() + "; see " + logFile(), e);
        }
    }

    /** Bravo and Keycloak each get a database, owned by one login role used by both on this local stack. */
    private void createDatabases() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs =
                    s.executeQuery("select 1 from pg_roles where rolname = '" + StackConfig.DB_USER + "'")) {
                if (!rs.next()) {
                    s.execute(
                            "create role " + StackConfig.DB_USER + " login password '" + StackConfig.DB_PASSWORD + "'");
                }
            }
            for (String db : new String[] {StackConfig.DB_NAME, "keycloak"}) {
                try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + db + "'")) {
                    if (!rs.next()) {
                        s.execute("create database " + db + " owner " + StackConfig.DB_USER);
                    }
                }
            }
        }
    }

    @Override
    boolean healthy() {
        if (postgres == null) {
            return running().isPresent();
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                Console.info("PostgreSQL stop reported: " + e.getMessage());
            }
            postgres = null;
        }
        cleanStale();
    }
}
