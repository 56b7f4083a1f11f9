package org.bravo.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Crash recovery on the two cheapest real servers: a process left behind by a run that died is found through its pid
 * file and stopped before a new one starts, and stopping leaves nothing listening.
 */
class StackLifecycleTest {
    private final Path repo = Path.of(System.getProperty("user.dir")).getParent();
    private final StackConfig config = new StackConfig(
            Path.of(System.getProperty("user.dir"), "target/lifecycle-stack").toAbsolutePath(),
            repo.resolve("infra/target/dist"),
            repo.resolve(".bravo/dist"),
            28080,
            25442,
            29200,
            28180,
            29000,
            false);

    @AfterEach
    void cleanUp() {
        new ObjectStoreServer(config, new Distributions(config)).stop();
        new PostgresServer(config).stop();
    }

    @Test
    void aStaleObjectStoreIsReplacedAndStopLeavesNothingBehind() {
        ObjectStoreServer crashed = new ObjectStoreServer(config, new Distributions(config));
        crashed.start();
        crashed.awaitHealthy();
        long stalePid = crashed.running().orElseThrow().pid();

        // A new run knows nothing of the old process but its pid file.
        ObjectStoreServer next = new ObjectStoreServer(config, new Distributions(config));
        next.start();
        next.awaitHealthy();
        assertThat(ProcessHandle.of(stalePid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(next.running().orElseThrow().pid()).isNotEqualTo(stalePid);

        next.stop();
        assertThat(next.running()).isEmpty();
        assertThat(listening(config.objectStorePort())).isFalse();
    }

    @Test
    void aPostgresOrphanedByAKilledRunIsStoppedAndItsDataKept() throws Exception {
        Process crashed = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingPostgres.class.getName(),
                        config.home().toString(),
                        config.distributions().toString(),
                        config.cache().toString(),
                        String.valueOf(config.postgresPort()))
                .redirectErrorStream(true)
                .start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(crashed.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("READY")) {
                // Start-up chatter of the other JVM.
            }
        }
        try (var c = connect();
                var s = c.createStatement()) {
            s.execute("create table if not exists kept (v text)");
            s.execute("delete from kept");
            s.execute("insert into kept values ('still here')");
        }
        crashed.destroyForcibly().waitFor();
        long stalePid = new PostgresServer(config).running().orElseThrow().pid();
        assertThat(listening(config.postgresPort()))
                .as("the orphan still listens")
                .isTrue();

        PostgresServer next = new PostgresServer(config);
        next.start();
        next.awaitHealthy();
        assertThat(ProcessHandle.of(stalePid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(next.running().orElseThrow().pid()).isNotEqualTo(stalePid);
        try (var c = connect();
                var s = c.createStatement();
                var rs = s.executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
        next.stop();
        assertThat(listening(config.postgresPort())).isFalse();
    }

    private java.sql.Connection connect() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + config.postgresPort() + "/bravo", "bravo", "bravo");
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
