package org.bravo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bravo.testing.RealStackResource;

/**
 * How the benchmarks apply load and read latencies: HTTP through wrk (a separate native process), in-process calls
 * (SQL, straight to Elasticsearch) on a pool of workers, both at the same concurrency.
 */
final class LoadDriver {
    private final int concurrency;
    private final int requests;
    private final int warmup;

    LoadDriver(int concurrency, int requests, int warmup) {
        this.concurrency = concurrency;
        this.requests = requests;
        this.warmup = warmup;
    }

    record Result(String name, double p50, double p95, double p99, double rps, int errors) {
    }

    interface Call {
        int run() throws Exception;
    }

    /**
     * Drives the HTTP scenarios with wrk, a separate native process, so the load generator neither shares the
     * backend's JVM (its threads, its GC) nor adds a Java HTTP client's own latency to the figures. One wrk thread
     * keeps {@link #concurrency} connections busy for {@code seconds}; a Lua script cycles through the paths and
     * reports percentiles and non-2xx answers.
     */
    record Scenario(String name, java.util.function.Supplier<String> tokens, String method, List<String> paths) {
    }

    Result wrk(Scenario scenario, String base, int seconds) throws Exception {
        // A fresh token per run: the whole benchmark outlasts an access token's lifetime.
        String token = scenario.tokens().get();
        String method = scenario.method();
        List<String> paths = scenario.paths();
        Path dir = RealStackResource.repo().resolve("backend/target/benchmark");
        Files.createDirectories(dir);
        Path script = dir.resolve("scenario.lua");
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String path : paths) {
            lua.append("  \"").append(path).append("\",\n");
        }
        lua.append("}\nlocal i = 0\nwrk.method = \"").append(method).append("\"\n");
        if (token != null) {
            lua.append("wrk.headers[\"Authorization\"] = \"Bearer ").append(token).append("\"\n");
        }
        lua.append("""
                request = function()
                  i = i + 1
                  return wrk.format(nil, paths[(i % #paths) + 1])
                end
                done = function(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("RESULT %f %f %f %d %d %d\\n", latency:percentile(50) / 1000,
                    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests,
                    summary.duration, e.connect + e.read + e.write + e.status + e.timeout))
                end
                """);
        Files.writeString(script, lua.toString());
        String out = runWrk(base, script, seconds);
        String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no result:\n" + out));
        String[] f = line.split(" ");
        double elapsed = Long.parseLong(f[5]) / 1e6;
        return new Result(scenario.name(), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                Double.parseDouble(f[3]), Long.parseLong(f[4]) / elapsed, Integer.parseInt(f[6]));
    }

    private String runWrk(String base, Path script, int seconds) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t1", "-c" + concurrency, "-d" + seconds + "s", "--timeout", "5s",
                "-s", script.toString(), base).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes());
        assertThat(wrk.waitFor()).as("wrk exit status, output:\n" + out).isZero();
        return out;
    }

    /** Runs warm-up then the configured number of calls on the configured workers; returns latency percentiles. */
    Result measure(String name, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            run(pool, call, warmup, new ArrayList<>());
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            int errors = run(pool, call, requests, latencies);
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Result(name, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), requests / seconds, errors);
        } finally {
            pool.shutdown();
        }
    }

    private int run(ExecutorService pool, Call call, int count, List<Long> latencies) throws Exception {
        AtomicInteger remaining = new AtomicInteger(count);
        AtomicInteger errors = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            workers.add(pool.submit(() -> {
                while (remaining.getAndDecrement() > 0) {
                    long t0 = System.nanoTime();
                    try {
                        errors.addAndGet(call.run());
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        return errors.get();
    }

    static double pct(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

}
