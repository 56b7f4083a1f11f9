package org.bravo.benchmark;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bravo.infra.StackConfig;
import org.bravo.platform.paging.Cursor;
import org.bravo.post.internal.FeedQuery;
import org.bravo.testing.Api;
import org.bravo.testing.RealStackResource;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The feed benchmark (not part of the test suite: run it with {@code ./mvnw verify -Pbenchmark}). Loads 100 000
 * posts, 1 000 000 bravos and 300 000 comments into the real PostgreSQL, then measures, in alternating rounds
 * ({@link Rounds}): feed page 1 and page 500 (a deep cursor) through the real HTTP API with real tokens (wrk) next to
 * the very statement the API runs for those pages under pgbench, a post page, giving and taking back a bravo, adding a
 * comment, and two framework baselines. Results: {@code backend/target/benchmark/feed-benchmark.md} and {@code .json}.
 */
@QuarkusTest
class FeedBenchmark {
    static final int POSTS = 100_000;
    static final int BRAVOS_PER_POST = 10;
    static final int COMMENTS_PER_POST = 3;
    static final int PEOPLE = 2_000;
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 4);
    static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup-seconds", 5);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    /** Posts each connection gives a bravo to and takes it back from, in turn. */
    static final int BRAVO_POSTS_PER_LANE = 500;

    static final String PAGE_1 = "feed page 1";
    static final String PAGE_1_SQL = "feed page 1, its SQL alone";
    static final String PAGE_500 = "feed page 500";
    static final String PAGE_500_SQL = "feed page 500, its SQL alone";

    @Test
    void feedLatencyAtScale() throws Exception {
        Api.ensureShop("paris-opera", "Paris Opéra");
        StackConfig stack = RealStackResource.config();
        long loadStart = System.nanoTime();
        try (Connection db = connect(stack)) {
            load(db);
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        Api.get(Tokens.camille(), "/api/v1/me").then().statusCode(200);
        String base = "http://localhost:" + stack.httpPort();

        String camille;
        String deepCursor;
        List<Long> postIds = new ArrayList<>();
        try (Connection db = connect(stack);
                Statement s = db.createStatement()) {
            try (ResultSet rs =
                    s.executeQuery("select published_at, id from post where deleted_at is null and not draft"
                            + " and (pinned_until is null or pinned_until <= now()) order by published_at desc, id desc"
                            + " offset " + (499 * 20 - 1) + " limit 1")) {
                rs.next();
                deepCursor = new Cursor(
                                "latest",
                                List.of(rs.getTimestamp(1).toInstant().toString(), String.valueOf(rs.getLong(2))))
                        .encode();
            }
            try (ResultSet rs = s.executeQuery("select subject from person where username = 'camille'")) {
                rs.next();
                camille = rs.getString(1);
            }
            try (ResultSet rs = s.executeQuery(
                    "select id from post where author_subject like 'bench-%'" + " order by random() limit 5000")) {
                while (rs.next()) {
                    postIds.add(rs.getLong(1));
                }
            }
        }
        Bravos bravos = new Bravos(stack, camille, postIds.subList(0, CONCURRENCY * BRAVO_POSTS_PER_LANE));
        List<Load> loads = List.of(
                WrkLoad.of(
                        "baseline: /api/v1/config (no token, no database)",
                        base,
                        null,
                        List.of(WrkLoad.Request.get("/api/v1/config")),
                        CONCURRENCY),
                WrkLoad.of(
                        "baseline: token check only",
                        base,
                        () -> Tokens.fresh("nadia"),
                        List.of(WrkLoad.Request.get("/api/v1/moderation/access")),
                        CONCURRENCY),
                WrkLoad.of(
                        PAGE_1,
                        base,
                        () -> Tokens.fresh("camille"),
                        List.of(WrkLoad.Request.get("/api/v1/posts?limit=20")),
                        CONCURRENCY),
                sql(PAGE_1_SQL, stack, null, camille),
                WrkLoad.of(
                        PAGE_500,
                        base,
                        () -> Tokens.fresh("camille"),
                        List.of(WrkLoad.Request.get("/api/v1/posts?limit=20&cursor=" + deepCursor)),
                        CONCURRENCY),
                sql(PAGE_500_SQL, stack, deepCursor, camille),
                WrkLoad.of(
                        "post page",
                        base,
                        () -> Tokens.fresh("camille"),
                        postIds.stream()
                                .map(id -> WrkLoad.Request.get("/api/v1/posts/" + id))
                                .toList(),
                        CONCURRENCY),
                new WrkLoad(
                        "give a bravo, take it back (each changes the count)",
                        base,
                        () -> Tokens.fresh("camille"),
                        bravos.lanes(),
                        CONCURRENCY,
                        bravos::takeAllBack),
                WrkLoad.of(
                        "add a comment",
                        base,
                        () -> Tokens.fresh("camille"),
                        postIds.stream()
                                .map(id -> new WrkLoad.Request(
                                        "POST",
                                        "/api/v1/posts/" + id + "/comments",
                                        "{\"body\":\"Merci, on l'essaie dans notre boutique !\"}",
                                        "\"id\":"))
                                .toList(),
                        CONCURRENCY));

        Rounds rounds = new Rounds(ROUNDS, SECONDS, WARMUP_SECONDS);
        List<Run> runs = rounds.measure(loads);
        bravos.takeAllBack();
        bravos.checkCounts();

        BenchReport report = new BenchReport("feed-benchmark", "Feed benchmark", stack)
                .parameter(
                        "data",
                        String.format(
                                Locale.ROOT,
                                "%,d posts, %,d bravos, %,d comments (loaded in %.0f s)",
                                POSTS,
                                POSTS * BRAVOS_PER_POST,
                                POSTS * COMMENTS_PER_POST,
                                loadSeconds))
                .parameter("concurrency", CONCURRENCY + " connections, each its own client thread")
                .parameter(
                        "method",
                        rounds.rounds() + " rounds of every scenario in turn, " + rounds.seconds() + " s each, after a "
                                + rounds.warmupSeconds() + " s warm-up of every scenario")
                .runs(loads, runs)
                .ratio(Rounds.ratio("feed page 1, API / SQL", runs, PAGE_1, PAGE_1_SQL, "p50", Run::p50))
                .ratio(Rounds.ratio("feed page 1, API / SQL", runs, PAGE_1, PAGE_1_SQL, "p95", Run::p95))
                .ratio(Rounds.ratio("feed page 500, API / SQL", runs, PAGE_500, PAGE_500_SQL, "p50", Run::p50))
                .ratio(Rounds.ratio("feed page 500, API / SQL", runs, PAGE_500, PAGE_500_SQL, "p95", Run::p95))
                .note("HTTP scenarios: wrk, one thread per connection, real tokens. SQL scenarios: pgbench, the very"
                        + " statement the API runs for the page (FeedQuery), prepared, with the same values; the API"
                        + " also checks the token, records the visit, probes for pins and writes JSON.")
                .note("Bravos: each connection walks its own " + BRAVO_POSTS_PER_LANE + " posts, giving then taking"
                        + " back, and every answer is checked for the count it must show, so every request changes"
                        + " the count and fires its events; the count of every post is checked after the run.");
        report.write();
        for (Run run : runs) {
            assertThat(run.errors())
                    .as(run.scenario() + " errors in round " + run.round())
                    .isZero();
            assertThat(run.requests())
                    .as(run.scenario() + " requests in round " + run.round())
                    .isPositive();
        }
    }

    private static Connection connect(StackConfig stack) throws Exception {
        return DriverManager.getConnection(stack.jdbcUrl(), StackConfig.DB_USER, StackConfig.DB_PASSWORD);
    }

    /** The very statement the API runs for this page (FeedQuery builds it), checked once, then loaded by pgbench. */
    private static PgbenchLoad sql(String name, StackConfig stack, String cursor, String viewer) throws Exception {
        FeedQuery.Filter latest =
                new FeedQuery.Filter(FeedQuery.Sort.LATEST, FeedQuery.Period.ALL, null, null, null, null, false);
        FeedQuery.Statement query = FeedQuery.pageStatement(latest, cursor, 20, Instant.now(), viewer);
        try (Connection db = connect(stack);
                PreparedStatement ps = db.prepareStatement(query.sql())) {
            for (int i = 0; i < query.values().size(); i++) {
                ps.setObject(i + 1, query.values().get(i));
            }
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            assertThat(rows).as(name + ": a page and one more row").isEqualTo(21);
        }
        return new PgbenchLoad(name, stack, query.sql(), query.values(), CONCURRENCY);
    }

    /**
     * The bravo scenario's posts: one lane of (give, take back) pairs per connection, each answer checked for the
     * count the change must produce, so a request that changed nothing fails the run instead of flattering it.
     */
    private static final class Bravos {
        private final StackConfig stack;
        private final String giver;
        private final List<Long> posts;
        private final Map<Long, Integer> counts = new HashMap<>();

        Bravos(StackConfig stack, String giver, List<Long> posts) throws Exception {
            this.stack = stack;
            this.giver = giver;
            this.posts = posts;
            takeAllBack();
            try (Connection db = connect(stack);
                    Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("select id, bravo_count from post where id in (" + ids() + ")")) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }

        List<List<WrkLoad.Request>> lanes() {
            List<List<WrkLoad.Request>> lanes = new ArrayList<>();
            for (int lane = 0; lane < CONCURRENCY; lane++) {
                List<WrkLoad.Request> requests = new ArrayList<>();
                for (long id : posts.subList(lane * BRAVO_POSTS_PER_LANE, (lane + 1) * BRAVO_POSTS_PER_LANE)) {
                    int count = counts.get(id);
                    String path = "/api/v1/posts/" + id + "/bravo";
                    requests.add(new WrkLoad.Request(
                            "PUT", path, null, "\"bravoCount\":" + (count + 1) + ",\"bravoedByMe\":true"));
                    requests.add(new WrkLoad.Request(
                            "DELETE", path, null, "\"bravoCount\":" + count + ",\"bravoedByMe\":false"));
                }
                lanes.add(requests);
            }
            return lanes;
        }

        /**
         * A run stops wherever its time is up, possibly between a give and its take-back: those bravos are taken
         * back through the API before the next run, until none is left (a give still in flight when wrk stopped
         * lands a moment later).
         */
        void takeAllBack() {
            try {
                for (int attempt = 0; attempt < 50; attempt++) {
                    List<Long> given = new ArrayList<>();
                    try (Connection db = connect(stack);
                            Statement s = db.createStatement();
                            ResultSet rs = s.executeQuery("select target_id from bravo where target_type = 'post'"
                                    + " and giver_subject = '" + giver + "' and target_id in (" + ids() + ")")) {
                        while (rs.next()) {
                            given.add(rs.getLong(1));
                        }
                    }
                    if (given.isEmpty() && attempt > 0) {
                        return;
                    }
                    String token = Tokens.camille();
                    for (long id : given) {
                        given().auth()
                                .oauth2(token)
                                .when()
                                .delete("/api/v1/posts/" + id + "/bravo")
                                .then()
                                .statusCode(200);
                    }
                }
                throw new IllegalStateException("Bravos still given after 50 passes");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** Every post's stored count equals its bravos, and is back where it started. */
        void checkCounts() throws Exception {
            try (Connection db = connect(stack);
                    Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("select p.id, p.bravo_count, (select count(*) from bravo b"
                            + " where b.target_type = 'post' and b.target_id = p.id) from post p where p.id in ("
                            + ids() + ")")) {
                while (rs.next()) {
                    assertThat(rs.getInt(2))
                            .as("bravo count of post " + rs.getLong(1))
                            .isEqualTo(rs.getInt(3))
                            .isEqualTo(counts.get(rs.getLong(1)));
                }
            }
        }

        private String ids() {
            return String.join(",", posts.stream().map(String::valueOf).toList());
        }
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
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(
                        "select (select count(*) from post), (select count(*) from bravo), (select count(*) from comment)")) {
            rs.next();
            System.out.printf("Loaded %d posts, %d bravos, %d comments%n", rs.getLong(1), rs.getLong(2), rs.getLong(3));
            assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(POSTS);
            assertThat(rs.getLong(2)).isGreaterThanOrEqualTo((long) POSTS * BRAVOS_PER_POST * 99 / 100);
            assertThat(rs.getLong(3)).isGreaterThanOrEqualTo((long) POSTS * COMMENTS_PER_POST);
        }
    }
}
