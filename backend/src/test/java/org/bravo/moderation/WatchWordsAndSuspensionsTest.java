package org.bravo.moderation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.bravo.testing.Api;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Watch words that block, hold or flag what people publish, and suspensions, on the real stack. */
@QuarkusTest
class WatchWordsAndSuspensionsTest {
    private String author;
    private String authorToken;

    @BeforeEach
    void author() {
        Api.ensureShop("paris-opera", "Paris Opéra");
        author = TestUsers.create("redacteur", "paris-opera");
        authorToken = Tokens.of(author);
    }

    private static long addWord(String phrase, String action) {
        return ((Number) given().auth()
                        .oauth2(Tokens.admin())
                        .contentType("application/json")
                        .body(Map.of("phrase", phrase, "action", action))
                        .when()
                        .post("/api/v1/admin/watch-words")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    private static void removeWord(long id) {
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/v1/admin/watch-words/" + id)
                .then()
                .statusCode(204);
    }

    private io.restassured.response.Response publish(String title, String body) {
        return given().auth()
                .oauth2(authorToken)
                .contentType("application/json")
                .body(Map.of("kind", "idea", "title", title, "body", body))
                .when()
                .post("/api/v1/posts");
    }

    @Test
    void wordsBlockHoldOrFlagWhateverTheirCaseAndAccents() {
        // Unusual words, so that no other test's content trips over them.
        long block = addWord("Zorglubé", "block");
        long hold = addWord("vente forcée", "hold");
        long flag = addWord("xylophonix", "flag");
        try {
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType("application/json")
                    .body(Map.of("phrase", "ZORGLUBE", "action", "flag"))
                    .when()
                    .post("/api/v1/admin/watch-words")
                    .then()
                    .statusCode(409)
                    .body("code", equalTo("WATCH_WORD_EXISTS"));
            given().auth()
                    .oauth2(Tokens.moderator())
                    .when()
                    .get("/api/v1/admin/watch-words")
                    .then()
                    .statusCode(403);

            publish("Idée", "Un zorglube ici")
                    .then()
                    .statusCode(422)
                    .body("errors[0].field", equalTo("body"))
                    .body("errors[0].code", equalTo("BLOCKED_WORD"));
            publish("Idée", "Des zorglubes ici (un autre mot)").then().statusCode(201);

            long held = ((Number) publish("Proposer une VENTE FORCEE", "texte")
                            .then()
                            .statusCode(201)
                            .body("hidden", equalTo(true))
                            .body("pendingReview", equalTo(true))
                            .extract()
                            .path("id"))
                    .longValue();
            Api.get(Tokens.lucas(), "/api/v1/posts/" + held).then().statusCode(404);
            JsonPath heldItem = given().auth()
                    .oauth2(Tokens.moderator())
                    .when()
                    .get("/api/v1/moderation/items/post/" + held)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(heldItem.getList("openCase.flaggedWords")).containsExactly("vente forcée");
            assertThat(heldItem.getBoolean("openCase.heldByWatchWord")).isTrue();
            // Dismissing the case publishes it.
            given().auth()
                    .oauth2(Tokens.moderator())
                    .contentType("application/json")
                    .body(Map.of("action", "dismiss", "reason", "Contexte légitime"))
                    .when()
                    .post("/api/v1/moderation/items/post/" + held + "/actions")
                    .then()
                    .statusCode(200)
                    .body("state", equalTo("visible"));
            Api.get(Tokens.lucas(), "/api/v1/posts/" + held).then().statusCode(200);

            long flagged = ((Number) publish("Atelier", "Le xylophonix du matin")
                            .then()
                            .statusCode(201)
                            .body("hidden", equalTo(false))
                            .extract()
                            .path("id"))
                    .longValue();
            Api.get(Tokens.lucas(), "/api/v1/posts/" + flagged).then().statusCode(200);
            given().auth()
                    .oauth2(Tokens.moderator())
                    .when()
                    .get("/api/v1/moderation/items/post/" + flagged)
                    .then()
                    .statusCode(200)
                    .body("state", equalTo("visible"))
                    .body("openCase.flaggedWords[0]", equalTo("xylophonix"));

            // Comments and guestbook entries are screened too.
            given().auth()
                    .oauth2(authorToken)
                    .contentType("application/json")
                    .body(Map.of("body", "zorglubé !"))
                    .when()
                    .post("/api/v1/posts/" + flagged + "/comments")
                    .then()
                    .statusCode(422)
                    .body("errors[0].code", equalTo("BLOCKED_WORD"));

            // CSV round trip; a bad line imports nothing.
            String csv = given().auth()
                    .oauth2(Tokens.admin())
                    .when()
                    .get("/api/v1/admin/watch-words/export")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(csv)
                    .startsWith("phrase,action\n")
                    .contains("Zorglubé,block")
                    .contains("vente forcée,hold");
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType("text/csv")
                    .body("phrase,action\nquokkalou,flag\n,block\nzorglube,nuke\n")
                    .when()
                    .post("/api/v1/admin/watch-words/import")
                    .then()
                    .statusCode(422)
                    .body("errors.field", equalTo(List.of("line 3", "line 4")));
            assertThat(given().auth()
                            .oauth2(Tokens.admin())
                            .when()
                            .get("/api/v1/admin/watch-words")
                            .then()
                            .extract()
                            .jsonPath()
                            .getList("phrase", String.class))
                    .doesNotContain("quokkalou");
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType("text/csv")
                    .body("phrase;action\r\nquokkalou;flag\r\nzorglube;hold\r\nxylophonix;flag\r\n")
                    .when()
                    .post("/api/v1/admin/watch-words/import")
                    .then()
                    .statusCode(200)
                    .body("added", equalTo(1))
                    .body("updated", equalTo(1))
                    .body("unchanged", equalTo(1));
            publish("Idée", "Un zorglube ici").then().statusCode(201).body("pendingReview", equalTo(true));
            // A held comment tells nobody it mentions them (they could not see it); a published one does.
            String named = TestUsers.create("nomme", "paris-opera");
            String namedToken = Tokens.of(named);
            Api.get(namedToken, "/api/v1/me").then().statusCode(200);
            given().auth()
                    .oauth2(authorToken)
                    .contentType("application/json")
                    .body(Map.of("body", "@" + named + " regarde ce zorglube"))
                    .when()
                    .post("/api/v1/posts/" + flagged + "/comments")
                    .then()
                    .statusCode(201)
                    .body("pendingReview", equalTo(true));
            Api.get(namedToken, "/api/v1/notifications").then().statusCode(200).body("size()", equalTo(0));
            Api.comment(authorToken, flagged, "@" + named + " regarde ceci", null);
            Api.get(namedToken, "/api/v1/notifications")
                    .then()
                    .statusCode(200)
                    .body("size()", equalTo(1))
                    .body("[0].type", equalTo("mentioned"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("action", "watch_word")
                    .when()
                    .get("/api/v1/admin/audit")
                    .then()
                    .statusCode(200)
                    .body("items[0].action", equalTo("watch_word.import"));
        } finally {
            removeWord(block);
            removeWord(hold);
            removeWord(flag);
            List<Map<String, Object>> left = given().auth()
                    .oauth2(Tokens.admin())
                    .when()
                    .get("/api/v1/admin/watch-words")
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("$");
            left.stream()
                    .filter(w -> "quokkalou".equals(w.get("phrase")))
                    .forEach(w -> removeWord(((Number) w.get("id")).longValue()));
        }
    }

    @Test
    void aSuspendedPersonReadsButDoesNotWrite() {
        long post = Api.createPost(authorToken, "practice", "Avant la suspension", List.of());
        String until = Instant.now()
                .plus(2, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        given().auth()
                .oauth2(Tokens.moderator())
                .contentType("application/json")
                .body(Map.of("until", until, "reason", "x"))
                .when()
                .put("/api/v1/admin/users/" + author + "/suspension")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of("until", "2000-01-01T00:00:00Z", "reason", "x"))
                .when()
                .put("/api/v1/admin/users/" + author + "/suspension")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("until"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of("until", until, "reason", "Messages insultants"))
                .when()
                .put("/api/v1/admin/users/" + author + "/suspension")
                .then()
                .statusCode(200)
                .body("suspension.reason", equalTo("Messages insultants"))
                .body("suspension.until", equalTo(until));

        Api.get(authorToken, "/api/v1/posts/" + post).then().statusCode(200);
        Api.get(authorToken, "/api/v1/me").then().statusCode(200).body("suspension.until", equalTo(until));
        publishAs(authorToken)
                .then()
                .statusCode(403)
                .body("code", equalTo("ACCOUNT_SUSPENDED"))
                .body("suspendedUntil", equalTo(until))
                .body("reason", equalTo("Messages insultants"));
        given().auth()
                .oauth2(authorToken)
                .when()
                .delete("/api/v1/posts/" + post)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(authorToken)
                .contentType("application/json")
                .body(Map.of("fileName", "film.mp4", "size", 10_000_000, "contentType", "video/mp4"))
                .when()
                .post("/api/v1/videos/uploads")
                .then()
                .statusCode(403);
        Api.get(authorToken, "/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("find { it.type == 'account_suspended' }.data.reason", equalTo("Messages insultants"));

        JsonPath users = given().auth()
                .oauth2(Tokens.admin())
                .queryParam("q", author)
                .when()
                .get("/api/v1/admin/users")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(users.getList("items.username")).containsExactly(author);
        assertThat(users.getList("items[0].roles", String.class)).contains("employee");
        assertThat(users.getString("items[0].suspension.by.username")).isEqualTo("hugo");

        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/v1/admin/users/" + author + "/suspension")
                .then()
                .statusCode(200)
                .body("suspension", equalTo(null));
        publishAs(authorToken).then().statusCode(201).body("id", notNullValue());
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/v1/admin/users/" + author + "/suspension")
                .then()
                .statusCode(409)
                .body("code", equalTo("NOT_SUSPENDED"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of("reason", "x"))
                .when()
                .put("/api/v1/admin/users/hugo/suspension")
                .then()
                .statusCode(409)
                .body("code", equalTo("CANNOT_SUSPEND_YOURSELF"));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("action", "user")
                .queryParam("q", author)
                .when()
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("user.unsuspend", "user.suspend")));
    }

    private static io.restassured.response.Response publishAs(String token) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("kind", "idea", "title", "Pendant", "body", "texte"))
                .when()
                .post("/api/v1/posts");
    }
}
