package org.bravo.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.runtime.Quarkus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bravo.infra.StackConfig;
import org.bravo.testing.RealStackResource;

/**
 * A benchmark's results, written twice: a Markdown table for people and a JSON document for comparing runs, both
 * carrying the environment (cores, memory, JVM, server and tool versions, commit) without which a figure means little.
 * Scenario rows give the median over the measured rounds of each figure; ratios give every round, the median and
 * the spread.
 */
final class BenchReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String name;
    private final String title;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<Run> runs = new ArrayList<>();
    private final Map<String, String> clients = new LinkedHashMap<>();
    private final List<Rounds.Ratio> ratios = new ArrayList<>();
    private final Map<String, Object> environment;

    BenchReport(String name, String title, StackConfig stack) {
        this.name = name;
        this.title = title;
        this.environment = environment(stack);
    }

    static Path directory() throws IOException {
        return Files.createDirectories(RealStackResource.repo().resolve("backend/target/benchmark"));
    }

    BenchReport parameter(String key, Object value) {
        parameters.put(key, value);
        return this;
    }

    BenchReport note(String paragraph) {
        notes.add(paragraph);
        return this;
    }

    /** A figure outside the scenario table (a reindex rate, memory…), with the sentence that shows it. */
    BenchReport figure(String key, Object value, String sentence) {
        figures.put(key, value);
        notes.add(sentence);
        return this;
    }

    BenchReport runs(List<? extends Load> loads, List<Run> measured) {
        loads.forEach(load -> clients.put(load.scenario(), load.client()));
        runs.addAll(measured);
        return this;
    }

    BenchReport ratio(Rounds.Ratio ratio) {
        ratios.add(ratio);
        return this;
    }

    List<Rounds.Ratio> ratios() {
        return ratios;
    }

    /** Writes {@code <name>.md} and {@code <name>.json}; returns the Markdown. */
    String write() throws IOException {
        String markdown = markdown();
        Path dir = directory();
        Files.writeString(dir.resolve(name + ".md"), markdown);
        JSON.writeValue(dir.resolve(name + ".json").toFile(), json());
        System.out.println(markdown);
        return markdown;
    }

    private String markdown() {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
        parameters.forEach(
                (k, v) -> out.append("- ").append(k).append(": ").append(v).append('\n'));
        out.append('\n');
        List<String> scenarios = scenarios();
        List<String> latency =
                scenarios.stream().filter(s -> measured(s).get(0).bytes() == 0).toList();
        if (!latency.isEmpty()) {
            out.append("| scenario | client | p50 ms | p95 ms | p99 ms | req/s | requests | errors |\n"
                    + "|---|---|---|---|---|---|---|---|\n");
            for (String s : latency) {
                List<Run> r = measured(s);
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %.2f | %.2f | %.2f | %.0f | %d | %d |%n",
                        s,
                        clients.get(s),
                        median(r, Run::p50),
                        median(r, Run::p95),
                        median(r, Run::p99),
                        median(r, Run::requestsPerSecond),
                        r.stream().mapToLong(Run::requests).sum(),
                        r.stream().mapToLong(Run::errors).sum()));
            }
            out.append('\n');
        }
        List<String> transfer =
                scenarios.stream().filter(s -> measured(s).get(0).bytes() > 0).toList();
        if (!transfer.isEmpty()) {
            out.append("| upload | client | MiB/s per round | median MiB/s | median s |\n|---|---|---|---|---|\n");
            for (String s : transfer) {
                List<Run> r = measured(s);
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %.1f | %.2f |%n",
                        s,
                        clients.get(s),
                        String.join(
                                ", ",
                                r.stream()
                                        .map(x -> String.format(Locale.ROOT, "%.1f", x.mibPerSecond()))
                                        .toList()),
                        median(r, Run::mibPerSecond),
                        median(r, Run::seconds)));
            }
            out.append('\n');
        }
        if (!ratios.isEmpty()) {
            out.append("| ratio | of | per round | median | spread |\n|---|---|---|---|---|\n");
            for (Rounds.Ratio r : ratios) {
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | **%.2f×** | %.2f–%.2f |%n",
                        r.name(),
                        r.metric(),
                        String.join(
                                ", ",
                                r.perRound().stream()
                                        .map(x -> String.format(Locale.ROOT, "%.2f", x))
                                        .toList()),
                        r.median(),
                        r.min(),
                        r.max()));
            }
            out.append('\n');
        }
        notes.forEach(n -> out.append(n).append("\n\n"));
        out.append("Environment: ");
        out.append(String.join(
                        "; ",
                        environment.entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue())
                                .toList()))
                .append(".\n");
        return out.toString();
    }

    private Map<String, Object> json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("benchmark", name);
        doc.put("environment", environment);
        doc.put("parameters", parameters);
        List<Map<String, Object>> scenarioList = new ArrayList<>();
        for (String s : scenarios()) {
            List<Run> r = measured(s);
            Map<String, Object> scenario = new LinkedHashMap<>();
            scenario.put("name", s);
            scenario.put("client", clients.get(s));
            scenario.put("median", figures(r));
            scenario.put(
                    "rounds",
                    r.stream()
                            .map(run -> {
                                Map<String, Object> one = figures(List.of(run));
                                one.put("round", run.round());
                                one.put("requests", run.requests());
                                one.put("errors", run.errors());
                                one.put("seconds", run.seconds());
                                return one;
                            })
                            .toList());
            scenarioList.add(scenario);
        }
        doc.put("scenarios", scenarioList);
        doc.put(
                "ratios",
                ratios.stream()
                        .map(r -> {
                            Map<String, Object> one = new LinkedHashMap<>();
                            one.put("name", r.name());
                            one.put("numerator", r.numerator());
                            one.put("denominator", r.denominator());
                            one.put("metric", r.metric());
                            one.put("perRound", r.perRound());
                            one.put("median", r.median());
                            one.put("min", r.min());
                            one.put("max", r.max());
                            return one;
                        })
                        .toList());
        doc.put("figures", figures);
        doc.put("notes", notes);
        return doc;
    }

    private static Map<String, Object> figures(List<Run> r) {
        Map<String, Object> f = new LinkedHashMap<>();
        if (r.get(0).bytes() > 0) {
            f.put("mibPerSecond", median(r, Run::mibPerSecond));
            f.put("seconds", median(r, Run::seconds));
        } else {
            f.put("p50Ms", median(r, Run::p50));
            f.put("p95Ms", median(r, Run::p95));
            f.put("p99Ms", median(r, Run::p99));
            f.put("requestsPerSecond", median(r, Run::requestsPerSecond));
        }
        return f;
    }

    private List<String> scenarios() {
        return runs.stream().map(Run::scenario).distinct().toList();
    }

    private List<Run> measured(String scenario) {
        return runs.stream().filter(r -> r.scenario().equals(scenario)).toList();
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> figure) {
        return Rounds.median(runs.stream().map(figure::applyAsDouble).toList());
    }

    /** What the figures depend on, read from the machine and the servers themselves. */
    static Map<String, Object> environment(StackConfig stack) {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("date", Instant.now().toString());
        env.put(
                "commit",
                command("git", "rev-parse", "--short", "HEAD")
                        + (command("git", "status", "--porcelain").isBlank() ? "" : " (with local changes)"));
        env.put("cores", Runtime.getRuntime().availableProcessors());
        env.put("cpu", firstMatch(Path.of("/proc/cpuinfo"), "model name\\s*:\\s*(.+)"));
        env.put("memory", firstMatch(Path.of("/proc/meminfo"), "MemTotal:\\s*(.+)"));
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        env.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        env.put("quarkus", quarkusVersion());
        env.put("postgresql", postgresVersion(stack));
        env.put("elasticsearch", elasticsearchVersion(stack));
        env.put("wrk", command("wrk", "-v").lines().findFirst().orElse("?"));
        env.put("pgbench", command("pgbench", "--version").strip());
        env.put("ffmpeg", command("ffmpeg", "-version").lines().findFirst().orElse("?"));
        return env;
    }

    private static String quarkusVersion() {
        String jar = Quarkus.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath();
        Matcher m = Pattern.compile("quarkus-core-([^/]+)\\.jar").matcher(jar);
        return m.find() ? m.group(1) : "?";
    }

    private static String postgresVersion(StackConfig stack) {
        try (Connection db =
                        DriverManager.getConnection(stack.jdbcUrl(), StackConfig.DB_USER, StackConfig.DB_PASSWORD);
                Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        } catch (Exception e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    private static String elasticsearchVersion(StackConfig stack) {
        try {
            String body = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            stack.elasticsearchUrl() + "/_nodes/_local?filter_path=nodes.*.version"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher m = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
            return m.find() ? m.group(1) : "? (" + body.substring(0, Math.min(body.length(), 120)) + ")";
        } catch (Exception e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    private static String firstMatch(Path file, String regex) {
        try {
            Matcher m = Pattern.compile(regex).matcher(Files.readString(file));
            return m.find() ? m.group(1).strip() : "?";
        } catch (IOException e) {
            return "?";
        }
    }

    private static String command(String... command) {
        try {
            Process p = new ProcessBuilder(command)
                    .directory(RealStackResource.repo().toFile())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor(30, TimeUnit.SECONDS) ? out.strip() : "?";
        } catch (Exception e) {
            return "? (" + command[0] + " not found)";
        }
    }
}
