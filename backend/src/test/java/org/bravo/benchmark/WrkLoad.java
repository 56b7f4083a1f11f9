package org.bravo.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * HTTP load from wrk, a separate native process: the load generator shares neither the backend's JVM (its threads,
 * its GC) nor a Java client's own latency. One wrk thread per connection, so each connection's requests go out one
 * after the other in the order given: a lane of "give a bravo, take it back" pairs on one connection changes the
 * counter at every request. Latencies are read back from wrk's own 1 µs histogram as a grid of a thousand percentiles
 * ({@link Latencies}), and every answer can be checked for an expected fragment.
 */
final class WrkLoad implements Load {
    /** One request; {@code expect}, when set, must appear in a 2xx answer's body or the request counts as an error. */
    record Request(String method, String path, String body, String expect) {
        static Request get(String path) {
            return new Request("GET", path, null, null);
        }
    }

    private final String scenario;
    private final String base;
    private final Supplier<String> token;
    private final List<List<Request>> lanes;
    private final int concurrency;
    private final Runnable beforeEachRun;

    /**
     * @param lanes one list of requests per connection, cycled through in order; a single lane is shared by every
     *              connection (each cycles through it on its own)
     * @param token a bearer token, asked for at every run (a run may outlast one), or null for none
     */
    WrkLoad(
            String scenario,
            String base,
            Supplier<String> token,
            List<List<Request>> lanes,
            int concurrency,
            Runnable beforeEachRun) {
        if (lanes.size() != 1 && lanes.size() != concurrency) {
            throw new IllegalArgumentException("One lane, or one per connection");
        }
        this.scenario = scenario;
        this.base = base;
        this.token = token;
        this.lanes = lanes;
        this.concurrency = concurrency;
        this.beforeEachRun = beforeEachRun;
    }

    static WrkLoad of(String scenario, String base, Supplier<String> token, List<Request> requests, int concurrency) {
        return new WrkLoad(scenario, base, token, List.of(requests), concurrency, () -> {});
    }

    @Override
    public String scenario() {
        return scenario;
    }

    @Override
    public String client() {
        return "wrk";
    }

    @Override
    public Run run(int seconds, int round) throws Exception {
        beforeEachRun.run();
        Path dir = BenchReport.directory();
        Path script = dir.resolve("wrk-scenario.lua");
        Files.writeString(script, script(token == null ? null : token.get()));
        Process wrk = new ProcessBuilder(
                        "wrk",
                        "-t" + concurrency,
                        "-c" + concurrency,
                        "-d" + seconds + "s",
                        "--timeout",
                        "5s",
                        "-s",
                        script.toString(),
                        base)
                .redirectErrorStream(true)
                .start();
        String out = new String(wrk.getInputStream().readAllBytes());
        if (!wrk.waitFor(seconds + 60L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            throw new IllegalStateException("wrk failed for " + scenario + ":\n" + out);
        }
        Latencies latencies = new Latencies();
        long requests = -1;
        long errors = 0;
        for (String line : out.lines().toList()) {
            String[] f = line.split(" ");
            if (line.startsWith("LATENCY ")) {
                latencies.add(Long.parseLong(f[1]), Long.parseLong(f[2]));
            } else if (line.startsWith("SUMMARY ")) {
                requests = Long.parseLong(f[1]);
                errors = Long.parseLong(f[2]) + Long.parseLong(f[3]);
            }
        }
        if (errors > 0) {
            // What went wrong, for the one reading the report: which errors, and the first answer that failed its
            // check.
            out.lines()
                    .filter(l -> l.startsWith("ERRORS ") || l.startsWith("CHECK FAILED "))
                    .forEach(l -> System.out.println(scenario + ", round " + round + ": " + l));
        }
        if (requests < 0) {
            throw new IllegalStateException("wrk printed no summary for " + scenario + ":\n" + out);
        }
        return new Run(scenario, round, latencies, requests, errors, seconds, 0);
    }

    private String script(String bearer) {
        StringBuilder lua = new StringBuilder("local lanes = {\n");
        for (List<Request> lane : lanes) {
            lua.append("  {\n");
            for (Request r : lane) {
                lua.append("    {m = ")
                        .append(longString(r.method()))
                        .append(", p = ")
                        .append(longString(r.path()))
                        .append(", b = ")
                        .append(r.body() == null ? "nil" : longString(r.body()))
                        .append(", e = ")
                        .append(r.expect() == null ? "nil" : longString(r.expect()))
                        .append("},\n");
            }
            lua.append("  },\n");
        }
        lua.append("}\nlocal bearer = ")
                .append(bearer == null ? "nil" : longString("Bearer " + bearer))
                .append("\n");
        // Requests are formatted once per thread in init(), so the client's own work per request is a table lookup.
        lua.append("""
                local threads = {}
                local next_lane = 0
                function setup(thread)
                  thread:set("lane", next_lane)
                  next_lane = next_lane + 1
                  table.insert(threads, thread)
                end
                function init(args)
                  local mine = lanes[(lane % #lanes) + 1]
                  formatted, expected = {}, {}
                  for k, r in ipairs(mine) do
                    local headers = {}
                    if bearer then headers["Authorization"] = bearer end
                    if r.b then headers["Content-Type"] = "application/json" end
                    formatted[k] = wrk.format(r.m, r.p, headers, r.b)
                    expected[k] = r.e
                  end
                  -- Connections start at different places in a shared lane, so they do not walk it in step.
                  i = (#lanes == 1) and (lane * 7919) % #formatted or 0
                  failed, awaiting = 0, false
                end
                -- One connection per thread, one request at a time: each answer belongs to the last request made.
                -- wrk also calls request() once on the first thread before connecting, to check the script, and
                -- sends nothing: a request made while another awaits its answer is that one again, not the next.
                function request()
                  if not awaiting then
                    i = i % #formatted + 1
                  end
                  awaiting = true
                  return formatted[i]
                end
                function response(status, headers, body)
                  awaiting = false
                  if status < 400 and expected[i] and not string.find(body, expected[i], 1, true) then
                    failed = failed + 1
                    if not first_failure then
                      first_failure = "request " .. i .. " expected " .. expected[i] .. ", got " .. status .. " "
                        .. string.sub(body or "", 1, 200)
                    end
                  end
                end
                function done(summary, latency, requests)
                  local e = summary.errors
                  local checks = 0
                  for _, t in ipairs(threads) do
                    checks = checks + (t:get("failed") or 0)
                    if t:get("first_failure") then io.write("CHECK FAILED " .. t:get("first_failure") .. "\\n") end
                  end
                  io.write(string.format("ERRORS connect %d, read %d, write %d, status %d, timeout %d, check %d\\n",
                    e.connect, e.read, e.write, e.status, e.timeout, checks))
                  io.write(string.format("SUMMARY %d %d %d\\n", summary.requests,
                    e.connect + e.read + e.write + e.status + e.timeout, checks))
                  -- wrk keeps every latency in a 1 µs histogram but lets a script read it only through
                  -- percentiles: a fine grid of them (each 0.1 % of the requests) reads back the same percentiles.
                  for k = 1, 1000 do
                    io.write(string.format("LATENCY %d 1\\n", latency:percentile(k / 10)))
                  end
                end
                """);
        return lua.toString();
    }

    /** A Lua long string: no escaping to get wrong, whatever the path or JSON body holds. */
    private static String longString(String value) {
        String level = "=";
        while (value.contains("]" + level + "]")) {
            level += "=";
        }
        return "[" + level + "[" + value + "]" + level + "]";
    }
}
