package org.bravo.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One server of the local stack, run as a child process bound to loopback, with its log in a file and its pid in a
 * pid file so that a later run can find and stop it after a crash.
 */
abstract class Server {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    protected final StackConfig config;
    private Process process;

    Server(StackConfig config) {
        this.config = config;
    }

    /** Short name used in messages, file names and {@code status}. */
    abstract String name();

    /** Where an operator reaches it. */
    abstract String url();

    /** How long a cold start may take on a slow machine before we give up and point at the log. */
    abstract Duration startTimeout();

    abstract boolean healthy();

    /** Prepares folders and launches the process; returns without waiting for readiness. */
    abstract void launch();

    Path logFile() {
        return config.logs().resolve(name() + ".log");
    }

    Path pidFile() {
        return config.run().resolve(name() + ".pid");
    }

    /** A string unique to this stack found in the process's command line: its home folder. */
    String marker() {
        return config.home().toString();
    }

    Optional<ProcessHandle> running() {
        return Processes.ours(pidFile(), marker());
    }

    /** Stops a process left behind by an earlier run that died without cleaning up. */
    void cleanStale() {
        running().ifPresent(stale -> {
            Console.info("Stopping a stale " + name() + " (pid " + stale.pid() + ") left by an earlier run");
            Processes.terminate(stale, Duration.ofSeconds(20));
        });
    }

    final void start() {
        cleanStale();
        launch();
    }

    protected final Process spawn(List<String> command, Map<String, String> env, Path workDir) {
        try {
            Files.createDirectories(config.logs());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
            builder.environment().putAll(env);
            process = builder.start();
            Processes.writePid(pidFile(), process.pid());
            return process;
        } catch (IOException e) {
            throw new StackException("Cannot start " + name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * How long a start may take: the server's own figure, or {@code BRAVO_START_TIMEOUT} (seconds) when a loaded
     * machine needs longer. Still a bound on a condition polled every 250 ms, never a fixed wait.
     */
    Duration effectiveStartTimeout() {
        String override = System.getenv("BRAVO_START_TIMEOUT");
        if (override != null && override.matches("\\d{1,5}")) {
            return Duration.ofSeconds(Math.max(startTimeout().toSeconds(), Long.parseLong(override)));
        }
        return startTimeout();
    }

    void awaitHealthy() {
        long deadline = System.nanoTime() + effectiveStartTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (healthy()) {
                return;
            }
            if (process != null && !process.isAlive()) {
                throw new StackException(
                        name() + " exited with code " + process.exitValue() + " during start; see " + logFile());
            }
            Processes.sleep(250);
        }
        throw new StackException(
                name() + " not healthy after " + effectiveStartTimeout().toSeconds() + " s; see " + logFile());
    }

    void stop() {
        running().ifPresent(h -> Processes.terminate(h, Duration.ofSeconds(30)));
        if (process != null && process.isAlive()) {
            Processes.terminate(process.toHandle(), Duration.ofSeconds(30));
        }
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            // A leftover pid file is harmless: the next start checks the process behind it before acting.
        }
    }

    /** Resident memory of the process tree in MiB, from /proc; 0 when not running. */
    long residentMiB() {
        return running()
                .map(root -> {
                    long kib = rssKiB(root.pid());
                    for (ProcessHandle child : root.descendants().toList()) {
                        kib += rssKiB(child.pid());
                    }
                    return kib / 1024;
                })
                .orElse(0L);
    }

    private static long rssKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** True when {@code url} answers with one of the expected statuses. */
    protected static boolean answers(String url, int... expected) {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(3))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            for (int status : expected) {
                if (response.statusCode() == status) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    protected static String javaHome() {
        return System.getProperty("java.home");
    }

    protected static void createDirectories(Path... dirs) {
        try {
            for (Path dir : dirs) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new StackException("Cannot create folder: " + e.getMessage(), e);
        }
    }
}
