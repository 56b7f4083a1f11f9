package org.bravo.moderation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bravo.testing.Api;
import org.bravo.testing.Searches;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reports, the review queue and moderators' actions on the real stack: what a reporter, the author, a colleague and
 * a moderator each see at every step, the author's notifications and the audit trail.
 */
@QuarkusTest
class ReportsAndReviewTest {
    private String author;
    private String authorToken;

    @BeforeEach
    void author() {
        Api.ensureShop("paris-opera", "Paris Opéra");
        author = TestUsers.create("signale", "paris-opera");
        authorToken = Tokens.of(author);
    }

    private static io.restassured.response.Response report(
            String token, String type, Object id, String reason, String details) {
        Map<String, Object> body =
                new java.util.HashMap<>(Map.of("contentType", type, "contentId", String.valueOf(id), "reason", reason));
        if (details != null) {
            body.put("details", details);
        }
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/v1/reports");
    }

    private static JsonPath act(String token, String type, Object id, String action, String reason, int status) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("action", action);
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/v1/moderation/items/" + type + "/" + id + "/actions")
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    @Test
    void threeReportersHideAPostUntilAModeratorDecides() {
        long post = Api.createPost(authorToken, "practice", "Remise cachée sur les capsules", List.of("capsules"));
        String[] reporters = new String[3];
        for (int i = 0; i < 3; i++) {
            reporters[i] = Tokens.of(TestUsers.create("temoin", "paris-opera"));
        }
        report(reporters[0], "post", post, "spam", null)
                .then()
                .statusCode(201)
                .body("status", equalTo("received"))
                .body("reason", equalTo("spam"));
        // One open report per person per item.
        report(reporters[0], "post", post, "inappropriate", null)
                .then()
                .statusCode(409)
                .body("code", equalTo("ALREADY_REPORTED"));
        report(authorToken, "post", post, "spam", null)
                .then()
                .statusCode(422)
                .body("errors[0].code", equalTo("OWN_CONTENT"));
        report(reporters[1], "post", post, "other", null)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("details"));
        report(reporters[1], "post", post, "wrong_information", null).then().statusCode(201);
        Api.get(reporters[2], "/api/v1/posts/" + post).then().statusCode(200);

        // The third distinct reporter hides it, pending review.
        report(reporters[2], "post", post, "other", "Prix faux pour les clients")
                .then()
                .statusCode(201);
        Api.get(reporters[2], "/api/v1/posts/" + post).then().statusCode(404);
        Api.get(Tokens.lucas(), "/api/v1/posts/" + post).then().statusCode(404);
        Api.get(authorToken, "/api/v1/posts/" + post)
                .then()
                .statusCode(200)
                .body("hidden", equalTo(true))
                .body("pendingReview", equalTo(true));
        assertThat(Searches.ids(Searches.search(authorToken, author, Map.of()))).doesNotContain(String.valueOf(post));
        Api.get(Tokens.lucas(), "/api/v1/posts?author=" + author)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem((int) post)));

        // The queue shows it once, with every report grouped by reason.
        JsonPath item = given().auth()
                .oauth2(Tokens.moderator())
                .when()
                .get("/api/v1/moderation/items/post/" + post)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(item.getString("state")).isEqualTo("pending_review");
        assertThat(item.getInt("openCase.reportCount")).isEqualTo(3);
        assertThat(item.getMap("openCase.reasons"))
                .containsEntry("spam", 1)
                .containsEntry("other", 1)
                .containsEntry("wrong_information", 1);
        assertThat(item.getList("reports.details")).contains("Prix faux pour les clients");
        assertThat(item.getString("author.username")).isEqualTo(author);
        assertThat(item.getList("availableActions")).contains("dismiss", "hide", "restore", "delete", "warn");
        assertThat(queueIds(Tokens.moderator(), "open")).contains(String.valueOf(post));
        Api.get(authorToken, "/api/v1/moderation/queue").then().statusCode(403);

        // A moderator hides it for good, with a reason the author is told.
        act(Tokens.moderator(), "post", post, "hide", null, 422);
        JsonPath hidden = act(Tokens.moderator(), "post", post, "hide", "Prix inventés", 200);
        assertThat(hidden.getString("state")).isEqualTo("hidden");
        assertThat(hidden.getString("closedCase.outcome")).isEqualTo("hidden");
        assertThat(queueIds(Tokens.moderator(), "open")).doesNotContain(String.valueOf(post));
        Api.get(authorToken, "/api/v1/posts/" + post)
                .then()
                .statusCode(200)
                .body("pendingReview", equalTo(false))
                .body("hiddenReason", equalTo("Prix inventés"));
        Api.get(Tokens.moderator(), "/api/v1/posts/" + post)
                .then()
                .statusCode(200)
                .body("hidden", equalTo(true));
        act(Tokens.moderator(), "post", post, "hide", "encore", 409);
        given().auth()
                .oauth2(reporters[0])
                .when()
                .get("/api/v1/reports/mine")
                .then()
                .statusCode(200)
                .body("[0].status", equalTo("reviewed"));
        JsonPath notifications = Api.get(authorToken, "/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(notifications.getList("findAll { it.type == 'content_moderated' }.data.action"))
                .contains("held", "hidden");

        // Restored: everyone sees it again, and search finds it again.
        act(Tokens.moderator(), "post", post, "restore", "Vérifié avec la boutique", 200);
        Api.get(Tokens.lucas(), "/api/v1/posts/" + post).then().statusCode(200).body("hidden", equalTo(false));
        Searches.await(
                authorToken,
                author,
                Map.of(),
                r -> Searches.ids(r).contains(String.valueOf(post)),
                "the restored post back in search");

        // The trail, newest first, and the audit log for admins only.
        JsonPath trail = given().auth()
                .oauth2(Tokens.moderator())
                .when()
                .get("/api/v1/moderation/items/post/" + post)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(trail.getList("history.action")).startsWith("content.restore", "content.hide", "content.auto_hide");
        assertThat(trail.getString("history[1].before.state")).isEqualTo("pending_review");
        assertThat(trail.getString("history[1].after.state")).isEqualTo("hidden");
        Api.get(Tokens.moderator(), "/api/v1/admin/audit").then().statusCode(403);
        JsonPath audit = given().auth()
                .oauth2(Tokens.admin())
                .queryParam("q", "Prix inventés")
                .when()
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(audit.getList("items.action")).containsExactly("content.hide");
        assertThat(audit.getString("items[0].actor.username")).isEqualTo("nadia");
        assertThat(audit.getString("items[0].subject.username")).isEqualTo(author);
        String csv = given().auth()
                .oauth2(Tokens.admin())
                .queryParam("q", "Prix inventés")
                .when()
                .get("/api/v1/admin/audit/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv)
                .startsWith("id,at,actor,action")
                .contains("content.hide")
                .contains("Prix inventés");
    }

    @Test
    void commentsAreHiddenAndLockedThroughTheSameActions() {
        long post = Api.createPost(authorToken, "idea", "Un coin lecture", List.of());
        String colleague = TestUsers.create("lecteur", "paris-opera");
        String colleagueToken = Tokens.of(colleague);
        long comment = Api.comment(colleagueToken, post, "Message hors sujet", null);
        Api.get(authorToken, "/api/v1/posts/" + post).then().body("commentCount", equalTo(1));

        act(Tokens.moderator(), "comment", comment, "lock_comments", "x", 409);
        act(Tokens.moderator(), "comment", comment, "hide", "Hors sujet", 200);
        Api.get(authorToken, "/api/v1/posts/" + post + "/comments")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        Api.get(colleagueToken, "/api/v1/posts/" + post + "/comments")
                .then()
                .statusCode(200)
                .body("[0].hidden", equalTo(true))
                .body("[0].hiddenReason", equalTo("Hors sujet"));
        Api.get(Tokens.moderator(), "/api/v1/posts/" + post + "/comments")
                .then()
                .statusCode(200)
                .body("[0].hidden", equalTo(true));
        Api.get(authorToken, "/api/v1/posts/" + post).then().body("commentCount", equalTo(0));
        given().auth()
                .oauth2(authorToken)
                .when()
                .put("/api/v1/comments/" + comment + "/bravo")
                .then()
                .statusCode(404);

        act(Tokens.moderator(), "post", post, "lock_comments", "Le débat est clos", 200);
        Api.get(authorToken, "/api/v1/posts/" + post).then().body("commentsLocked", equalTo(true));
        given().auth()
                .oauth2(authorToken)
                .contentType("application/json")
                .body(Map.of("body", "Encore un mot"))
                .when()
                .post("/api/v1/posts/" + post + "/comments")
                .then()
                .statusCode(409)
                .body("code", equalTo("COMMENTS_LOCKED"));
        act(Tokens.moderator(), "post", post, "unlock_comments", "Rouvert", 200);
        Api.comment(authorToken, post, "Merci", null);

        act(Tokens.moderator(), "comment", comment, "restore", "Finalement utile", 200);
        Api.get(authorToken, "/api/v1/posts/" + post).then().body("commentCount", equalTo(2));

        JsonPath warned = act(Tokens.admin(), "comment", comment, "warn", "Restez courtois, merci.", 200);
        assertThat(warned.getLong("authorHistory.warnings")).isEqualTo(1);
        assertThat(Api.get(colleagueToken, "/api/v1/notifications")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("findAll { it.type == 'moderation_warning' }.data.message"))
                .containsExactly("Restez courtois, merci.");

        act(Tokens.moderator(), "comment", comment, "delete", "Finalement non", 200);
        Api.get(authorToken, "/api/v1/posts/" + post).then().body("commentCount", equalTo(1));
        act(Tokens.moderator(), "comment", comment, "restore", "x", 409);
        given().auth()
                .oauth2(Tokens.moderator())
                .when()
                .get("/api/v1/moderation/items/comment/999999999")
                .then()
                .statusCode(404)
                .body("code", equalTo("CONTENT_NOT_FOUND"));
    }

    @Test
    void hiddenContentCannotBeReportedByThoseWhoCannotSeeIt() {
        long draft = Api.createDraft(authorToken, "Brouillon secret");
        report(Tokens.lucas(), "post", draft, "spam", null)
                .then()
                .statusCode(404)
                .body("code", equalTo("POST_NOT_FOUND"));
        report(Tokens.lucas(), "gossip", 1, "spam", null)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("contentType"));
        given().contentType("application/json")
                .body(Map.of("contentType", "post"))
                .when()
                .post("/api/v1/reports")
                .then()
                .statusCode(401);
    }

    private static List<String> queueIds(String token, String status) {
        List<String> ids = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(token).queryParam("status", status);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when()
                    .get("/api/v1/moderation/queue")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }
}
