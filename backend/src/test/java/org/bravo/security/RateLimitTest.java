package org.bravo.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.bravo.platform.security.Allowance;
import org.bravo.platform.security.RateLimit;
import org.bravo.platform.security.RateLimiter;
import org.bravo.testing.Api;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Per-person limits on the real stack. The test profile's allowances are large, so that the rest of the suite never
 * runs out, and refill slowly (a unit every 36 s), so that a test can count exactly: it spends all but the last few
 * units of a fresh person's allowance through the limiter itself (the counter the endpoints use), then makes the last
 * requests through the API.
 */
@QuarkusTest
class RateLimitTest {
    @Inject
    RateLimiter limiter;

    @Inject
    DataSource dataSource;

    @Test
    void theCommentAfterTheAllowanceIsRefusedWithRetryAfterAndWritesNothing() throws SQLException {
        Person talker = person("bavarde");
        long post = Api.createPost(talker.token, "idea", "Limites", List.of());
        spendAllBut(talker, RateLimit.COMMENTS, 2);

        comment(talker.token, post, "Premier").then().statusCode(201);
        comment(talker.token, post, "Deuxième").then().statusCode(201);
        assertThat(commentsBy(talker.subject)).isEqualTo(2);

        Response refused = comment(talker.token, post, "Un de trop");
        refused.then().statusCode(429).contentType("application/problem+json");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        long interval = limiter.allowance(RateLimit.COMMENTS)
                .window()
                .dividedBy(limiter.allowance(RateLimit.COMMENTS).count())
                .toSeconds();
        assertThat(retryAfter).isBetween(1L, interval + 1);
        assertThat(refused.jsonPath().getString("code")).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(refused.jsonPath().getLong("retryAfter")).isEqualTo(retryAfter);
        assertThat(refused.jsonPath().getString("limit")).isEqualTo("comments");
        assertThat(refused.jsonPath().getString("detail")).contains("comments");

        assertThat(commentsBy(talker.subject)).isEqualTo(2);
        Api.get(talker.token, "/api/v1/posts/" + post + "/comments")
                .then()
                .statusCode(200)
                .body("size()", equalTo(2));
        Api.get(talker.token, "/api/v1/posts/" + post).then().body("commentCount", equalTo(2));

        // Someone else's allowance is their own; the talker's other kinds are untouched.
        Person colleague = person("collegue");
        comment(colleague.token, post, "Moi je peux").then().statusCode(201);
        Api.get(talker.token, "/api/v1/search?q=limites").then().statusCode(200);
    }

    @Test
    void searchAndSuggestionsShareTheSearchAllowance() {
        Person searcher = person("chercheuse");
        spendAllBut(searcher, RateLimit.SEARCH, 1);

        Api.get(searcher.token, "/api/v1/search?q=caf%C3%A9").then().statusCode(200);
        Api.get(searcher.token, "/api/v1/search?q=caf%C3%A9")
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("code", equalTo("TOO_MANY_REQUESTS"))
                .body("limit", equalTo("search"));
        Api.get(searcher.token, "/api/v1/search/suggest?q=caf").then().statusCode(429);

        Person other = person("autre");
        Api.get(other.token, "/api/v1/search?q=caf%C3%A9").then().statusCode(200);
    }

    @Test
    void mentionsCountEachPersonNamed() throws SQLException {
        Person caller = person("appelante");
        long post = Api.createPost(caller.token, "idea", "Mentions comptées", List.of());
        spendAllBut(caller, RateLimit.MENTIONS, 2);

        comment(caller.token, post, "Bonjour @camille et @lucas").then().statusCode(201);
        comment(caller.token, post, "Et toi @nadia ?")
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("limit", equalTo("mentions"));
        assertThat(commentsBy(caller.subject)).isEqualTo(1);
        // Writing without naming anyone is still open.
        comment(caller.token, post, "Sans mention").then().statusCode(201);
    }

    @Test
    void twoRequestersAtTheEdgeNeverGetMoreThanTheAllowance() throws Exception {
        Allowance allowance = new Allowance(25, Duration.ofHours(1));
        String subject = "concurrent-" + System.nanoTime();
        List<Boolean> decisions =
                race(2, 100, () -> limiter.take(subject, "race", allowance, 1).admitted());
        assertThat(decisions.stream().filter(admitted -> admitted).count()).isEqualTo(25);
    }

    @Test
    void twoConcurrentClientsOfOnePersonShareOneCounterThroughTheApi() throws Exception {
        Person searcher = person("rafale");
        spendAllBut(searcher, RateLimit.SEARCH, 10);
        List<Boolean> decisions = race(2, 20, () -> {
            int status = Api.get(searcher.token, "/api/v1/search/suggest?q=caf").statusCode();
            assertThat(status).isIn(200, 429);
            return status == 200;
        });
        assertThat(decisions.stream().filter(admitted -> admitted).count()).isEqualTo(10);
    }

    @Test
    void countersWhoseAllowanceIsWholeAgainArePurged() throws SQLException {
        String expired = "purge-" + System.nanoTime();
        String live = "keep-" + System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into rate_limit (subject, kind, tat) values (?, 'search', now() - interval '1 minute'),"
                                + " (?, 'search', now() + interval '1 hour')")) {
            insert.setString(1, expired);
            insert.setString(2, live);
            insert.executeUpdate();
        }
        assertThat(limiter.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(counters(expired)).isZero();
        assertThat(counters(live)).isEqualTo(1);
    }

    private record Person(String token, String subject) {}

    private static Person person(String prefix) {
        String token = Tokens.of(TestUsers.create(prefix, "paris-opera"));
        Api.get(token, "/api/v1/me").then().statusCode(200);
        return new Person(token, Tokens.subject(token));
    }

    private void spendAllBut(Person person, RateLimit kind, int left) {
        int count = limiter.allowance(kind).count();
        assertThat(limiter.take(person.subject, kind, count - left).admitted()).isTrue();
    }

    private static Response comment(String token, long post, String body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("body", body))
                .when()
                .post("/api/v1/posts/" + post + "/comments");
    }

    /** {@code threads} callers, released at once, each calling {@code perThread} times. */
    private static List<Boolean> race(int threads, int perThread, Supplier<Boolean> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Boolean>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Boolean> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(call.get());
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Boolean> all = new ArrayList<>();
            for (Future<List<Boolean>> future : futures) {
                all.addAll(future.get(120, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private int commentsBy(String subject) throws SQLException {
        return count("select count(*) from comment where author_subject = ?", subject);
    }

    private int counters(String subject) throws SQLException {
        return count("select count(*) from rate_limit where subject = ?", subject);
    }

    private int count(String sql, String subject) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, subject);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
