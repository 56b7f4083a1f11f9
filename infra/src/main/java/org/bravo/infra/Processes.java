package org.bravo.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Pid files and polite-then-firm termination of process trees. */
final class Processes {
    private Processes() {}

    static Optional<ProcessHandle> fromPidFile(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            String first =
                    Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            if (first.isEmpty()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(first)).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void writePid(Path pidFile, long pid) {
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, pid + "\n");
        } catch (IOException e) {
            throw new StackException("Cannot write " + pidFile + ": " + e.getMessage(), e);
        }
    }

    /** The command line of a live process, or empty when the OS hides it. */
    static String commandLine(ProcessHandle handle) {
        return handle.info().commandLine().orElse("");
    }

    /**
     * A pid file can outlive its process and the pid be reused by something else; only a process whose command line
     * mentions our own folder is ours to kill.
     */
    static Optional<ProcessHandle> ours(Path pidFile, String marker) {
        return fromPidFile(pidFile)
                .filter(h -> commandLine(h).contains(marker) || readCmdline(h).contains(marker));
    }

    private static String readCmdline(ProcessHandle handle) {
        try {
            return Files.readString(Path.of("/proc/" + handle.pid() + "/cmdline"))
                    .replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    /** SIGTERM the tree's root, wait for the whole tree, then SIGKILL what is left. */
    static void terminate(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = root.descendants().toList();
        root.destroy();
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline && (root.isAlive() || tree.stream().anyMatch(ProcessHandle::isAlive))) {
            sleep(100);
        }
        if (root.isAlive()) {
            root.destroyForcibly();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** Sends a named signal; the JDK only offers TERM and KILL, PostgreSQL's fast shutdown wants INT. */
    static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (IOException e) {
            throw new StackException("Cannot signal process " + pid + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void waitForExit(ProcessHandle handle, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (handle.isAlive() && System.nanoTime() < deadline) {
            sleep(100);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted", e);
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
