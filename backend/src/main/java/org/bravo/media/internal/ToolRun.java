package org.bravo.media.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.bravo.media.internal.VideoProcessor.ProcessingException;

/**
 * One finished run of {@code ffprobe} or {@code ffmpeg}: what it printed and how it ended. A run that outlasts its
 * wall-clock limit or is cancelled is killed, so no file can keep a tool busy for ever.
 */
record ToolRun(int exitCode, String stdout, String stderr, boolean timedOut) {
    /** Kills runs that exceed their time; one daemon thread for every run of the backend. */
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    interface LineListener {
        void line(String line);
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "ffmpeg-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /** The end of what the tool wrote to stderr, for a failure message. */
    String stderrTail() {
        String trimmed = stderr.strip();
        return trimmed.length() <= 500 ? trimmed : trimmed.substring(trimmed.length() - 500);
    }

    /** Runs {@code command}; each line of its output goes to {@code onLine}, or into {@link #stdout} without one. */
    static ToolRun of(List<String> command, LineListener onLine, BooleanSupplier cancelled, Duration timeout)
            throws ProcessingException {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new ProcessingException(command.get(0) + " is not installed or cannot run: " + e.getMessage());
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        // Killing the process closes its output, which ends the reading below.
        ScheduledFuture<?> watch = WATCHDOG.schedule(
                () -> {
                    timedOut.set(true);
                    process.destroyForcibly();
                },
                timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        StringBuilder stderr = new StringBuilder();
        Thread errors = new Thread(
                () -> {
                    try (BufferedReader reader = process.errorReader(StandardCharsets.UTF_8)) {
                        String line;
                        while ((line = reader.readLine()) != null) {
                            synchronized (stderr) {
                                // Only the end matters for a failure message; ffmpeg can be chatty on long files.
                                if (stderr.length() > 20_000) {
                                    stderr.delete(0, 10_000);
                                }
                                stderr.append(line).append('\n');
                            }
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                },
                "ffmpeg-stderr");
        errors.setDaemon(true);
        errors.start();
        StringBuilder stdout = new StringBuilder();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (cancelled.getAsBoolean()) {
                    process.destroyForcibly();
                    break;
                }
                if (onLine != null) {
                    onLine.line(line);
                } else {
                    stdout.append(line).append('\n');
                }
            }
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            errors.join(5_000);
        } catch (IOException e) {
            process.destroyForcibly();
            throw new ProcessingException("reading " + command.get(0) + " output failed: " + e.getMessage());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ProcessingException("interrupted");
        } finally {
            watch.cancel(false);
        }
        synchronized (stderr) {
            return new ToolRun(process.exitValue(), stdout.toString(), stderr.toString(), timedOut.get());
        }
    }
}
