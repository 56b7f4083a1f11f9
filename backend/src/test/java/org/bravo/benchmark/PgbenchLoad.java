package org.bravo.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bravo.infra.StackConfig;

/**
 * One SQL statement under load from pgbench, PostgreSQL's own native load generator in a separate process: the SQL
 * side of a ratio is timed like the HTTP side (a native client, the same connections, the same duration), not from
 * inside the backend's JVM. The statement runs as a prepared statement with its values as parameters, as the
 * backend's JDBC driver runs it; every transaction's latency is read from pgbench's log (µs). pgbench opens its
 * connections at start and closes them when it exits.
 */
final class PgbenchLoad implements Load {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\?");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    private final String scenario;
    private final StackConfig stack;
    private final String sql;
    private final List<String> values;
    private final int concurrency;

    /** @param sql a JDBC statement with {@code ?} placeholders, and its values in order */
    PgbenchLoad(String scenario, StackConfig stack, String sql, List<Object> values, int concurrency) {
        this.scenario = scenario;
        this.stack = stack;
        this.concurrency = concurrency;
        this.values = values.stream().map(PgbenchLoad::text).toList();
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        while (m.find()) {
            m.appendReplacement(numbered, ":p" + (++n));
        }
        m.appendTail(numbered);
        if (n != values.size()) {
            throw new IllegalArgumentException(n + " placeholders for " + values.size() + " values");
        }
        // pgbench reads one statement per line.
        this.sql = numbered.toString().replaceAll("\\s+", " ") + ";\n";
    }

    @Override
    public String scenario() {
        return scenario;
    }

    @Override
    public String client() {
        return "pgbench";
    }

    @Override
    public Run run(int seconds, int round) throws Exception {
        Path dir = Files.createDirectories(BenchReport.directory().resolve("pgbench"));
        try (Stream<Path> old = Files.list(dir)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Path script = dir.resolve("statement.sql");
        Files.writeString(script, sql);
        List<String> command = new ArrayList<>(List.of(
                "pgbench",
                "--no-vacuum",
                "--host=" + StackConfig.HOST,
                "--port=" + stack.postgresPort(),
                "--username=" + StackConfig.DB_USER,
                "--protocol=prepared",
                "--client=" + concurrency,
                "--jobs=" + concurrency,
                "--time=" + seconds,
                "--file=" + script,
                "--log",
                "--log-prefix=" + dir.resolve("latency")));
        for (int i = 0; i < values.size(); i++) {
            command.add("--define=p" + (i + 1) + "=" + values.get(i));
        }
        command.add(StackConfig.DB_NAME);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", StackConfig.DB_PASSWORD);
        Process pgbench = builder.start();
        String out = new String(pgbench.getInputStream().readAllBytes());
        if (!pgbench.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
            pgbench.destroyForcibly();
            throw new IllegalStateException("pgbench did not stop for " + scenario);
        }
        Latencies latencies = new Latencies();
        long requests = 0;
        try (Stream<Path> logs = Files.list(dir)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("latency"))
                    .toList()) {
                // client_id transaction_no time script_no time_epoch time_us: "time" is the latency in µs.
                for (String line : Files.readAllLines(log)) {
                    String[] f = line.split(" ");
                    latencies.add(Long.parseLong(f[2]), 1);
                    requests++;
                }
            }
        }
        Matcher failed = FAILED.matcher(out);
        long errors = failed.find() ? Long.parseLong(failed.group(1)) : 0;
        if (pgbench.exitValue() != 0) {
            errors = Math.max(errors, 1);
            System.out.println("pgbench exited " + pgbench.exitValue() + " for " + scenario + ":\n" + out);
        }
        return new Run(scenario, round, latencies, requests, errors, seconds, 0);
    }

    /** Values as PostgreSQL reads them from text: instants in ISO form with their zone. */
    private static String text(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        return String.valueOf(value);
    }
}
