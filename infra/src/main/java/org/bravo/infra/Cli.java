package org.bravo.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bravo up | down | status}: the run command behind {@code ./infra/bravo}. {@code up} stays in the foreground
 * and supervises the servers, so Ctrl-C (or {@code down} from another terminal) stops all of them.
 */
public final class Cli {
    private Cli() {}

    public static void main(String[] args) {
        Path repo =
                Path.of(System.getProperty("bravo.repo", ".")).toAbsolutePath().normalize();
        StackConfig config = StackConfig.dev(repo, System.getenv());
        Stack stack = new Stack(config, repo);
        String command = args.length == 0 ? "up" : args[0];
        boolean serversOnly = args.length > 1 && args[1].equals("--servers-only");
        try {
            switch (command) {
                case "up" -> up(stack, serversOnly);
                case "down" -> down(stack);
                case "status" -> status(stack);
                case "reindex" -> reindex(config);
                default -> {
                    System.err.println("Usage: bravo up [--servers-only] | down | status | reindex");
                    System.exit(2);
                }
            }
        } catch (StackException e) {
            System.err.println("bravo: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Rebuilds the search index of a running Bravo from its database, printing progress. {@code BRAVO_URL} and
     * {@code BRAVO_TOKEN} (an admin's access token) aim it at any Bravo; without a token it signs in to the local
     * stack as its demo admin ({@code BRAVO_ADMIN_USER}/{@code BRAVO_ADMIN_PASSWORD}, default hugo/bravo).
     */
    private static void reindex(StackConfig config) {
        Map<String, String> env = System.getenv();
        String url = env.getOrDefault("BRAVO_URL", config.appUrl());
        String token = env.get("BRAVO_TOKEN");
        if (token == null || token.isBlank()) {
            token = ReindexCommand.localToken(
                    config.issuer(),
                    env.getOrDefault("BRAVO_ADMIN_USER", "hugo"),
                    env.getOrDefault("BRAVO_ADMIN_PASSWORD", "bravo"));
        }
        Console.info("Rebuilding the search index of " + url + " from its database");
        if (!new ReindexCommand(url, token, System.out, Duration.ofSeconds(1)).run()) {
            System.exit(1);
        }
    }

    private static Path supervisorPid(StackConfig config) {
        return config.run().resolve("bravo.pid");
    }

    private static Optional<ProcessHandle> supervisor(StackConfig config) {
        return Processes.ours(supervisorPid(config), "org.bravo.infra.Cli")
                .filter(h -> h.pid() != ProcessHandle.current().pid());
    }

    private static void up(Stack stack, boolean serversOnly) {
        StackConfig config = stack.config();
        Optional<ProcessHandle> running = supervisor(config);
        if (running.isPresent()) {
            Console.info("Bravo is already running (pid " + running.get().pid() + ") at " + config.appUrl()
                    + " — nothing to do. Stop it with: ./infra/bravo down");
            return;
        }
        long start = System.nanoTime();
        Processes.writePid(supervisorPid(config), ProcessHandle.current().pid());
        Thread hook = new Thread(
                () -> {
                    Console.info("Stopping Bravo…");
                    stack.stop();
                    try {
                        Files.deleteIfExists(supervisorPid(config));
                    } catch (java.io.IOException e) {
                        // The next start checks whether the pid behind the file is alive.
                    }
                    Console.info("Stopped.");
                },
                "bravo-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stack.startServers();
            if (!serversOnly) {
                stack.startBackend();
            }
        } catch (StackException e) {
            System.err.println("bravo: " + e.getMessage());
            System.exit(1);
        }
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        printWelcome(config, serversOnly, seconds);
        // Stay in the foreground: the shutdown hook stops every server on Ctrl-C, SIGTERM or `bravo down`.
        while (true) {
            Processes.sleep(60_000);
        }
    }

    private static void printWelcome(StackConfig config, boolean serversOnly, long seconds) {
        String line = "─".repeat(64);
        System.out.println(line);
        if (serversOnly) {
            System.out.println(" Bravo's servers are ready (" + seconds + " s). Backend not started (--servers-only).");
        } else {
            System.out.println(" Bravo is ready in " + seconds + " s:  " + config.appUrl());
        }
        System.out.println();
        System.out.println(" Demo logins (password: bravo)");
        System.out.println("   camille   employee, shop paris-opera");
        System.out.println("   lucas     employee, shop lyon-confluence");
        System.out.println("   nadia     moderator, shop paris-opera");
        System.out.println("   hugo      admin");
        System.out.println();
        System.out.println(" Keycloak admin console: " + config.keycloakUrl() + "/admin  (admin / admin)");
        System.out.println(" Data and logs: " + config.home() + "  (logs in " + config.logs() + ")");
        System.out.println(" Stop with Ctrl-C, or ./infra/bravo down from another terminal.");
        System.out.println(line);
        System.out.flush();
    }

    private static void down(Stack stack) {
        StackConfig config = stack.config();
        Optional<ProcessHandle> running = supervisor(config);
        if (running.isPresent()) {
            Console.info("Stopping Bravo (pid " + running.get().pid() + ")…");
            running.get().destroy();
            Processes.waitForExit(running.get(), Duration.ofSeconds(120));
        }
        // Also covers servers whose supervisor died without cleaning up.
        stack.stop();
        Console.info("Bravo is stopped.");
    }

    private static void status(Stack stack) {
        Optional<ProcessHandle> running = supervisor(stack.config());
        System.out.println(running.map(p -> "Bravo is running (pid " + p.pid() + ") at "
                        + stack.config().appUrl())
                .orElse("Bravo is not running."));
        stack.status().forEach(System.out::println);
    }
}
