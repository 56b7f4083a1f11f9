package org.bravo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.bravo.infra.StackConfig;
import org.bravo.platform.paging.Cursor;
import org.bravo.post.internal.FeedQuery;
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
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 4);
    static final int REQUESTS = Integer.getInteger("bench.requests", 20_000);
    static final int WARMUP = 500;
    static final int SECONDS = Integer.getInteger("bench.seconds", 15);
    static final int WARMUP_SECONDS = 5;

    private final LoadDriver driver = new LoadDriver(CONCURRENCY, REQUESTS, WARMUP);

    @Test
    void feedLatencyAtScale() throws Exception {
        Api.ensureShop("paris-opera", "Paris Opéra");
        StackConfig stack = RealStackResource.config();
        long loadStart = System.nanoTime();
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), StackConfig.DB_USER, StackConfig.DB_PASSWORD)) {
            load(db);
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        Api.get(Tokens.camille(), "/api/v1/me").then().statusCode(200);
        String camille;
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
            try (ResultSet rs = s.executeQuery("select subject from person where username = 'camille'")) {
                rs.next();
                camille = rs.getString(1);
            }
            try (ResultSet rs = s.executeQuery("select id from post where author_subject like 'bench-%'"
                    + " order by random() limit 5000")) {
                while (rs.next()) {
                    postIds.add(rs.getLong(1));
                }
            }
        }
        // Two baselines: the framework alone (no token, no database) and a token check alone.
        List<LoadDriver.Scenario> scenarios = List.of(
                new LoadDriver.Scenario("baseline: /api/v1/config (no token)", () -> null, "GET", List.of("/api/v1/config")),
                new LoadDriver.Scenario("baseline: token check only", Tokens::moderator, "GET",
                        List.of("/api/v1/moderation/access")),
                new LoadDriver.Scenario("baseline: /api/v1/me (token, visit record)", Tokens::camille, "GET",
                        List.of("/api/v1/me")),
                new LoadDriver.Scenario("feed page 1", Tokens::camille, "GET", List.of("/api/v1/posts?limit=20")),
                new LoadDriver.Scenario("feed page 500", Tokens::camille, "GET",
                        List.of("/api/v1/posts?limit=20&cursor=" + deepCursor)),
                new LoadDriver.Scenario("post page", Tokens::camille, "GET",
                        postIds.stream().map(id -> "/api/v1/posts/" + id).toList()),
                new LoadDriver.Scenario("give a bravo", Tokens::camille, "PUT",
                        postIds.stream().map(id -> "/api/v1/posts/" + id + "/bravo").toList()));
        // Every scenario is warmed up before any is measured: otherwise the first scenario of a code path (page 1)
        // pays for the JIT compilation the next one (page 500) then enjoys.
        for (LoadDriver.Scenario scenario : scenarios) {
            driver.wrk(scenario, base, WARMUP_SECONDS);
        }
        List<LoadDriver.Result> results = new ArrayList<>();
        for (LoadDriver.Scenario scenario : scenarios) {
            results.add(driver.wrk(scenario, base, SECONDS));
        }
        results.add(sql("feed page 1, SQL only", stack, null, camille));
        results.add(sql("feed page 500, SQL only", stack, deepCursor, camille));

        String report = report(results, loadSeconds);
        System.out.println(report);
        Path out = RealStackResource.repo().resolve("backend/target/benchmark/feed-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        for (LoadDriver.Result result : results) {
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

    private LoadDriver.Result sql(String name, StackConfig stack, String cursor, String viewer) throws Exception {
        // The very statement the API runs for this page (FeedQuery builds it), alone over JDBC, one connection
        // per worker: the floor the API's latency is compared with.
        FeedQuery.Filter latest = new FeedQuery.Filter(FeedQuery.Sort.LATEST, FeedQuery.Period.ALL, null, null, null,
                null, false);
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                return DriverManager.getConnection(stack.jdbcUrl(), StackConfig.DB_USER, StackConfig.DB_PASSWORD);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return driver.measure(name, () -> {
            FeedQuery.Statement query = FeedQuery.pageStatement(latest, cursor, 20, Instant.now(), viewer);
            int rows = 0;
            try (PreparedStatement ps = connections.get().prepareStatement(query.sql())) {
                for (int i = 0; i < query.values().size(); i++) {
                    ps.setObject(i + 1, query.values().get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
            }
            return rows == 21 ? 0 : 1;
        });
    }

    private static String report(List<LoadDriver.Result> results, double loadSeconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "# Feed benchmark%n%n%d posts, %d bravos, %d comments (loaded in %.0f s);"
                        + " concurrency %d, %d cores. HTTP scenarios: wrk (one thread, a separate process), %d s"
                        + " each after a %d s warm-up of every scenario, real tokens. SQL scenarios: JDBC, %d queries"
                        + " after %d warm-up.%n%n",
                POSTS, POSTS * BRAVOS_PER_POST, POSTS * COMMENTS_PER_POST, loadSeconds, CONCURRENCY,
                Runtime.getRuntime().availableProcessors(), SECONDS, WARMUP_SECONDS, REQUESTS, WARMUP));
        out.append("| scenario | p50 ms | p95 ms | p99 ms | req/s | errors |\n|---|---|---|---|---|---|\n");
        for (LoadDriver.Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.0f | %d |%n", r.name(), r.p50(),
                    r.p95(), r.p99(), r.rps(), r.errors()));
        }
        return out.toString();
    }
}
