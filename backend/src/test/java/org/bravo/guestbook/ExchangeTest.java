package org.bravo.guestbook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bravo.guestbook.internal.ExchangeService;
import org.bravo.testing.Api;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExchangeTest {
    @Inject
    ExchangeService exchange;

    @Inject
    EntityManager em;

    @BeforeEach
    void shops() {
        Api.ensureShop("paris-opera", "Paris Opéra");
        Api.ensureShop("lyon-confluence", "Lyon Confluence");
        Api.ensureShop("lille-grand-place", "Lille Grand'Place");
    }

    @Test
    void onlyAdminsManageTheExchange() {
        for (String path :
                List.of("/api/v1/exchange/rounds", "/api/v1/exchange/preview", "/api/v1/exchange/settings")) {
            given().when().get(path).then().statusCode(401);
            Api.get(Tokens.camille(), path).then().statusCode(403);
            Api.get(Tokens.moderator(), path).then().statusCode(403);
            Api.get(Tokens.admin(), path).then().statusCode(200);
        }
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .post("/api/v1/exchange/rounds")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(Map.of("period", "weekly"))
                .when()
                .put("/api/v1/exchange/settings")
                .then()
                .statusCode(403);
        given().when().get("/api/v1/exchange/mine").then().statusCode(401);
    }

    @Test
    void adminsChooseTheRotationPeriod() {
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of("period", "daily"))
                .when()
                .put("/api/v1/exchange/settings")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].code", equalTo("INVALID"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of())
                .when()
                .put("/api/v1/exchange/settings")
                .then()
                .statusCode(422)
                .body("errors[0].code", equalTo("REQUIRED"));
        try {
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType("application/json")
                    .body(Map.of("period", "quarterly"))
                    .when()
                    .put("/api/v1/exchange/settings")
                    .then()
                    .statusCode(200)
                    .body("period", equalTo("quarterly"))
                    .body(
                            "currentPeriodStart",
                            equalTo(quarterStart(exchange.today()).toString()));
        } finally {
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType("application/json")
                    .body(Map.of("period", "monthly"))
                    .when()
                    .put("/api/v1/exchange/settings")
                    .then()
                    .statusCode(200)
                    .body("period", equalTo("monthly"));
        }
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    @Test
    void thePreviewIsWhatTheNextRoundDoesAndClosedShopsAreLeftOut() {
        String closed = "gb-closed-" + System.nanoTime() % 100_000;
        Api.ensureShop(closed, "Boutique fermée");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of("name", "Boutique fermée", "city", "Paris", "region", "Île-de-France", "active", false))
                .when()
                .put("/api/v1/shops/" + closed)
                .then()
                .statusCode(200);

        List<Map<String, Object>> preview = Api.get(Tokens.admin(), "/api/v1/exchange/preview")
                .then()
                .statusCode(200)
                .extract()
                .path("pairings");
        int previewNumber = Api.get(Tokens.admin(), "/api/v1/exchange/preview")
                .then()
                .extract()
                .path("number");
        var round = given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post("/api/v1/exchange/rounds")
                .then()
                .statusCode(201)
                .body("number", equalTo(previewNumber))
                .body("trigger", equalTo("admin"))
                .body("startedBy.username", equalTo("hugo"))
                .extract();
        List<Map<String, Object>> pairings = round.path("pairings");
        assertThat(strip(pairings)).isEqualTo(strip(preview));
        List<String> readers = new ArrayList<>();
        for (Map<String, Object> pairing : pairings) {
            String reader = code(pairing, "reader");
            String read = code(pairing, "read");
            assertThat(read).isNotEqualTo(reader);
            assertThat(List.of(reader, read)).doesNotContain(closed);
            readers.add(reader);
        }
        assertThat(readers)
                .contains("paris-opera", "lyon-confluence", "lille-grand-place")
                .doesNotHaveDuplicates();
        Api.get(Tokens.camille(), "/api/v1/exchange/rounds/current")
                .then()
                .statusCode(200)
                .body("number", equalTo(previewNumber));
    }

    @Test
    void aCommentFromTheReadingShopCountsAsEngagement() {
        var round = given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post("/api/v1/exchange/rounds")
                .then()
                .statusCode(201)
                .extract();
        List<Map<String, Object>> pairings = round.path("pairings");
        String read = pairings.stream()
                .filter(p -> code(p, "reader").equals("paris-opera"))
                .map(p -> code(p, "read"))
                .findFirst()
                .orElseThrow();
        Api.get(Tokens.camille(), "/api/v1/exchange/mine")
                .then()
                .statusCode(200)
                .body("shop.code", equalTo("paris-opera"))
                .body("reading.code", equalTo(read))
                .body("engaged", equalTo(false))
                .body("periodStart", notNullValue());

        // An entry in the guestbook Paris reads (admins may write in any shop's guestbook).
        long entry = ((Number) given().auth()
                        .oauth2(Tokens.admin())
                        .contentType("application/json")
                        .body(Map.of("kind", "experiment", "body", "Un essai à lire"))
                        .when()
                        .post("/api/v1/guestbooks/" + read + "/entries")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        // Lucas (Lyon) commenting does not count for Paris.
        if (!read.equals("lyon-confluence")) {
            given().auth()
                    .oauth2(Tokens.lucas())
                    .contentType("application/json")
                    .body(Map.of("body", "Super"))
                    .when()
                    .post("/api/v1/entries/" + entry + "/comments")
                    .then()
                    .statusCode(201);
        }
        Api.get(Tokens.camille(), "/api/v1/exchange/mine").then().body("engaged", equalTo(false));

        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(Map.of("body", "Nous allons essayer à Paris !"))
                .when()
                .post("/api/v1/entries/" + entry + "/comments")
                .then()
                .statusCode(201);
        Api.get(Tokens.camille(), "/api/v1/exchange/mine")
                .then()
                .body("engaged", equalTo(true))
                .body("iEngaged", equalTo(true));
        Api.get(Tokens.moderator(), "/api/v1/exchange/mine")
                .then()
                .body("engaged", equalTo(true))
                .body("iEngaged", equalTo(false));
        Api.get(Tokens.admin(), "/api/v1/exchange/rounds/current")
                .then()
                .body("pairings.find { it.reader.code == 'paris-opera' }.engaged", equalTo(true))
                .body("pairings.find { it.reader.code == 'paris-opera' }.comments", equalTo(1));
        int number = round.path("number");
        String next = Api.get(Tokens.admin(), "/api/v1/exchange/rounds?limit=1")
                .then()
                .statusCode(200)
                .body("items[0].number", equalTo(number))
                .body("items[0].pairings.find { it.reader.code == 'paris-opera' }.engaged", equalTo(true))
                .extract()
                .path("nextCursor");
        if (number > 1) {
            // Older rounds follow, with their own engagement.
            Api.get(Tokens.admin(), "/api/v1/exchange/rounds?limit=1&cursor=" + next)
                    .then()
                    .statusCode(200)
                    .body("items[0].number", equalTo(number - 1));
        } else {
            assertThat(next).isNull();
        }
        // A page of several rounds, loaded together, still gives each round its own pairings and engagement.
        var page = Api.get(Tokens.admin(), "/api/v1/exchange/rounds?limit=2")
                .then()
                .statusCode(200)
                .body("items[0].number", equalTo(number))
                .body("items[0].pairings", hasSize(pairings.size()))
                .body("items[0].pairings.find { it.reader.code == 'paris-opera' }.comments", equalTo(1));
        if (number > 1) {
            page.body("items.number", contains(number, number - 1)).body("items[1].pairings", not(empty()));
        }
    }

    /**
     * A comment held by a watch word is no reaction anyone can see: the reading shop is not engaged until a moderator
     * lets it through.
     */
    @Test
    void aCommentHeldForReviewCountsOnceAModeratorLetsItThrough() {
        var round = given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post("/api/v1/exchange/rounds")
                .then()
                .statusCode(201)
                .extract();
        List<Map<String, Object>> pairings = round.path("pairings");
        String read = pairings.stream()
                .filter(p -> code(p, "reader").equals("paris-opera"))
                .map(p -> code(p, "read"))
                .findFirst()
                .orElseThrow();
        long entry = ((Number) given().auth()
                        .oauth2(Tokens.admin())
                        .contentType("application/json")
                        .body(Map.of("kind", "experiment", "body", "Un essai à lire, puis à commenter"))
                        .when()
                        .post("/api/v1/guestbooks/" + read + "/entries")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        String word = "grumpfel" + System.nanoTime() % 100_000;
        long watchWord = ((Number) given().auth()
                        .oauth2(Tokens.admin())
                        .contentType("application/json")
                        .body(Map.of("phrase", word, "action", "hold"))
                        .when()
                        .post("/api/v1/admin/watch-words")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        try {
            long comment = ((Number) given().auth()
                            .oauth2(Tokens.camille())
                            .contentType("application/json")
                            .body(Map.of("body", "Essayé à Paris, " + word + " compris"))
                            .when()
                            .post("/api/v1/entries/" + entry + "/comments")
                            .then()
                            .statusCode(201)
                            .body("pendingReview", equalTo(true))
                            .extract()
                            .path("id"))
                    .longValue();
            Api.get(Tokens.camille(), "/api/v1/exchange/mine")
                    .then()
                    .statusCode(200)
                    .body("reading.code", equalTo(read))
                    .body("engaged", equalTo(false))
                    .body("iEngaged", equalTo(false));
            Api.get(Tokens.admin(), "/api/v1/exchange/rounds/current")
                    .then()
                    .body("pairings.find { it.reader.code == 'paris-opera' }.comments", equalTo(0));

            given().auth()
                    .oauth2(Tokens.moderator())
                    .contentType("application/json")
                    .body(Map.of("action", "dismiss", "reason", "Rien à redire"))
                    .when()
                    .post("/api/v1/moderation/items/comment/" + comment + "/actions")
                    .then()
                    .statusCode(200);
            Api.get(Tokens.camille(), "/api/v1/exchange/mine")
                    .then()
                    .body("engaged", equalTo(true))
                    .body("iEngaged", equalTo(true));
            Api.get(Tokens.admin(), "/api/v1/exchange/rounds/current")
                    .then()
                    .body("pairings.find { it.reader.code == 'paris-opera' }.comments", equalTo(1));
        } finally {
            given().auth()
                    .oauth2(Tokens.admin())
                    .when()
                    .delete("/api/v1/admin/watch-words/" + watchWord)
                    .then()
                    .statusCode(204);
        }
    }

    @Test
    void theScheduledRotationRunsOncePerPeriodEvenWhenSeveralBackendsTryAtOnce() throws Exception {
        LocalDate day = LocalDate.of(2091, 3, 15);
        try {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Optional<Integer>>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Optional<Integer>> attempt = () -> exchange.rotateIfDue(day);
                attempts.add(pool.submit(attempt));
            }
            List<Integer> started = new ArrayList<>();
            for (Future<Optional<Integer>> attempt : attempts) {
                attempt.get().ifPresent(started::add);
            }
            pool.shutdown();
            assertThat(started).hasSize(1);
            // A later check in the same period (another backend, or this one after a restart) does nothing.
            assertThat(exchange.rotateIfDue(day.plusDays(10))).isEmpty();
            assertThat(roundsIn(LocalDate.of(2091, 3, 1))).isEqualTo(1);
            // The next period rotates again, with pairings that avoid the previous ones.
            Optional<Integer> april = exchange.rotateIfDue(LocalDate.of(2091, 4, 2));
            assertThat(april).isPresent();
            assertThat(roundsIn(LocalDate.of(2091, 4, 1))).isEqualTo(1);
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("delete from exchange_round where period_start >= '2091-01-01'")
                            .executeUpdate());
        }
    }

    private long roundsIn(LocalDate periodStart) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from exchange_round where period_start = ?1 and trigger = 'schedule'")
                                .setParameter(1, java.sql.Date.valueOf(periodStart))
                                .getSingleResult())
                        .longValue());
    }

    @SuppressWarnings("unchecked")
    private static String code(Map<String, Object> pairing, String side) {
        return (String) ((Map<String, Object>) pairing.get(side)).get("code");
    }

    private static HashSet<List<String>> strip(List<Map<String, Object>> pairings) {
        HashSet<List<String>> pairs = new HashSet<>();
        pairings.forEach(p -> pairs.add(List.of(code(p, "reader"), code(p, "read"))));
        return pairs;
    }
}
