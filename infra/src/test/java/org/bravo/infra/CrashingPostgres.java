package org.bravo.infra;

import java.nio.file.Path;

/**
 * Starts PostgreSQL in its own JVM and waits to be killed, like a run command killed with SIGKILL: the postmaster
 * outlives it because pg_ctl detaches it.
 */
public final class CrashingPostgres {
    private CrashingPostgres() {}

    public static void main(String[] args) {
        StackConfig config = new StackConfig(
                Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), 1, Integer.parseInt(args[3]), 3, 4, 5, false);
        PostgresServer postgres = new PostgresServer(config);
        postgres.start();
        postgres.awaitHealthy();
        System.out.println("READY");
        System.out.flush();
        Processes.sleep(600_000);
    }
}
