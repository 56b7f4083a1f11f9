package org.bravo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.bravo.infra.StackConfig;
import org.bravo.platform.paging.Cursor;
import org.bravo.testing.Api;
import org.bravo.testing.RealStackResource;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The feed benchmark (not part of the test suite: run it with {@code ./mvnw verify -Pbenchmark}). Loads 100 000
 * posts, 1 000 000 bravos and 300 000 comments into the real PostgreSQL, then measures through the real HTTP API,
 * with real tokens, at a fixed concurrency: feed page 1, feed page 500 (a deep cursor), a post page and giving a
 * bravo, plus the feed's SQL alone for comparison. Results go to the console and
 * {@code backend/target/benchmark/feed-benchmark.md}.
 */
@QuarkusTest
class FeedBenchmark {
    static final int POSTS = 100_000;
    static final int BRAVOS_PER_POST = 10;
    static final int COMMENTS_PER_POST = 3;
    static final int PEOPLE = 2_000;
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 8);
    static final int REQUESTS = Integer.getInteger("bench.requests", 3_000);
    static final int WARMUP = 500;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Result(String name, double p50, double p95, double p99, double rps, int errors) {
    }

    @Test
    void feedLatencyAtScale() throws Exception {
        Api.ensureShop("paris-opera", "Paris Opéra");
        StackConfig stack = RealStackResource.config();
        long loadStart = System.nanoTime();
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), StackConfig.DB_USER, StackConfig.DB_PASSWORD)) {
            load(db);
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        String token = Tokens.camille();
        Api.get(token, "/api/v1/me").then().statusCode(200);
        String base = "http://localhost:" + stack.httpPort();

        String deepCursor;
        List<Long> postIds = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), StackConfig.DB_USER, StackConfig.DB_PASSWORD);
             Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("select published_at, id from post where deleted_at is null and not draft"
                    + " and (pinned_until is null or pinned_until <= now()) order by published_at desc, id desc"
                    + " offset " + (499 * 20 - 1) + " limit 1")) {
                rs.next();
                deepCursor = new Cursor("latest", List.of(rs.getTimestamp(1).toInstant().toString(),
                        String.valueOf(rs.getLong(2)))).encode();
            }
            try (ResultSet rs = s.executeQuery("select id from post where author_subject like 'bench-%'"
                    + " order by random() limit 5000")) {
                while (rs.next()) {
                    postIds.add(rs.getLong(1));
                }
            }
        }
        List<Result> results = new ArrayList<>();
        // Two baselines: the framework alone (no token, no database) and token checking alone.
        results.add(http("baseline: /api/v1/config (no token)", () -> get(base + "/api/v1/config", null)));
        results.add(http("baseline: /api/v1/me (token)", () -> get(base + "/api/v1/me", token)));
        results.add(http("feed page 1", () -> get(base + "/api/v1/posts?limit=20", token)));
        results.add(http("feed page 500", () -> get(base + "/api/v1/posts?limit=20&cursor=" + deepCursor, token)));
        results.add(http("post page", () -> get(base + "/api/v1/posts/" + pick(postIds), token)));
        AtomicInteger next = new AtomicInteger();
        results.add(http("give a bravo", () -> put(base + "/api/v1/posts/" + postIds.get(next.getAndIncrement()
                % postIds.size()) + "/bravo", token)));
        results.add(sql("feed page 1, SQL only", stack, null));
        results.add(sql("feed page 500, SQL only", stack, deepCursor));

        String report = report(results, loadSeconds);
        System.out.println(report);
        Path out = RealStackResource.repo().resolve("backend/target/benchmark/feed-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        for (Result result : results) {
            assertThat(result.errors()).as(result.name() + " errors").isZero();
        }
    }

    private static long pick(List<Long> ids) {
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    private void load(Connection db) throws Exception {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("insert into person (subject, username, display_name, shop_code, search_name, first_seen_at,"
                    + " last_seen_at) select 'bench-' || g, 'bench' || g, 'Bench ' || g, 'paris-opera', 'bench' || g,"
                    + " now(), now() from generate_series(1, " + PEOPLE + ") g on conflict do nothing");
            s.execute("insert into post (kind, title, body_md, body_html, excerpt, shop_code, author_subject, status,"
                    + " draft, created_at, published_at) select (array['practice','idea','irritant'])[g % 3 + 1],"
                    + " 'Pratique de test ' || g, 'Un texte **de test** ' || g, '<p>Un texte <strong>de test</strong> '"
                    + " || g || '</p>', 'Un texte de test ' || g, 'paris-opera', 'bench-' || (g % " + PEOPLE + " + 1),"
                    + " case when g % 3 = 0 then null else 'new' end, false,"
                    + " now() - make_interval(secs => g * 30), now() - make_interval(secs => g * 30)"
                    + " from generate_series(1, " + POSTS + ") g");
            s.execute("insert into post_tag (post_id, tag, published_at) select id, 'theme-' || (id % 50),"
                    + " published_at from post where author_subject like 'bench-%'");
            s.execute("insert into bravo (target_type, target_id, giver_subject, receiver_subject, given_at)"
                    + " select 'post', p.id, 'bench-' || ((p.id * 7 + k * 13) % " + PEOPLE + " + 1), p.author_subject,"
                    + " p.published_at from post p cross join generate_series(0, " + (BRAVOS_PER_POST - 1) + ") k"
                    + " where p.author_subject like 'bench-%' on conflict do nothing");
            s.execute("insert into comment (target_type, target_id, author_subject, body_md, body_html, created_at)"
                    + " select 'post', p.id, 'bench-' || ((p.id + k) % " + PEOPLE + " + 1), 'Merci !',"
                    + " '<p>Merci !</p>', p.published_at from post p cross join generate_series(1, "
                    + COMMENTS_PER_POST + ") k where p.author_subject like 'bench-%'");
            s.execute("update post p set bravo_count = b.n from (select target_id, count(*) n from bravo"
                    + " where target_type = 'post' group by target_id) b where b.target_id = p.id");
            s.execute("update post p set comment_count = c.n from (select target_id, count(*) n from comment"
                    + " where target_type = 'post' group by target_id) c where c.target_id = p.id");
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        try (Statement s = db.createStatement()) {
            // Fresh statistics, as a production database would have after autovacuum caught up.
            s.execute("vacuum analyze");
        }
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select (select count(*) from post), (select count(*) from bravo), (select count(*) from comment)")) {
            rs.next();
            System.out.printf("Loaded %d posts, %d bravos, %d comments%n", rs.getLong(1), rs.getLong(2),
                    rs.getLong(3));
            assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(POSTS);
            assertThat(rs.getLong(2)).isGreaterThanOrEqualTo((long) POSTS * BRAVOS_PER_POST * 99 / 100);
            assertThat(rs.getLong(3)).isGreaterThanOrEqualTo((long) POSTS * COMMENTS_PER_POST);
        }
    }

    interface Call {
        int run() throws Exception;
    }

    private int get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int put(String url, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private Result http(String name, Call call) throws Exception {
        return measure(name, () -> {
            int status = call.run();
            return status == 200 ? 0 : 1;
        });
    }

    private Result sql(String name, StackConfig stack, String cursor) throws Exception {
        // The statement FeedQuery builds for the latest feed, run alone over JDBC, one connection per worker.
        String query = "select p.* from post p where p.deleted_at is null and not p.draft"
                + " and (p.pinned_until is null or p.pinned_until <= ?)"
                + (cursor == null ? "" : " and (p.published_at, p.id) < (?, ?)")
                + " order by p.published_at desc, p.id desc limit 21";
        ThreadLocal<PreparedStatement> statements = ThreadLocal.withInitial(() -> {
            try {
                Connection c = DriverManager.getConnection(stack.jdbcUrl(), StackConfig.DB_USER,
                        StackConfig.DB_PASSWORD);
                return c.prepareStatement(query);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Cursor decoded = cursor == null ? null : Cursor.decode(cursor, "latest", 2);
        return measure(name, () -> {
            PreparedStatement ps = statements.get();
            ps.setTimestamp(1, Timestamp.from(java.time.Instant.now()));
            if (decoded != null) {
                ps.setTimestamp(2, Timestamp.from(java.time.Instant.parse(decoded.values().get(0))));
                ps.setLong(3, Long.parseLong(decoded.values().get(1)));
            }
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows == 21 ? 0 : 1;
        });
    }

    /** Runs warm-up then {@link #REQUESTS} calls on {@link #CONCURRENCY} workers; returns latency percentiles. */
    private Result measure(String name, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            run(pool, call, WARMUP, new ArrayList<>());
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            int errors = run(pool, call, REQUESTS, latencies);
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Result(name, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), REQUESTS / seconds, errors);
        } finally {
            pool.shutdown();
        }
    }

    private static int run(ExecutorService pool, Call call, int count, List<Long> latencies) throws Exception {
        AtomicInteger remaining = new AtomicInteger(count);
        AtomicInteger errors = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < CONCURRENCY; i++) {
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

    private static double pct(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static String report(List<Result> results, double loadSeconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "# Feed benchmark%n%n%d posts, %d bravos, %d comments (loaded in %.0f s);"
                        + " %d requests per scenario after %d warm-up, concurrency %d, %d cores.%n%n",
                POSTS, POSTS * BRAVOS_PER_POST, POSTS * COMMENTS_PER_POST, loadSeconds, REQUESTS, WARMUP, CONCURRENCY,
                Runtime.getRuntime().availableProcessors()));
        out.append("| scenario | p50 ms | p95 ms | p99 ms | req/s | errors |\n|---|---|---|---|---|---|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.0f | %d |%n", r.name(), r.p50(),
                    r.p95(), r.p99(), r.rps(), r.errors()));
        }
        return out.toString();
    }
}
