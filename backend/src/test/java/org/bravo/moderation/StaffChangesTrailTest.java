package org.bravo.moderation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bravo.testing.Api;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Moderators and admins edit and delete other people's content from its own page, not only from the review queue:
 * on the real stack, every such change is in the audit log (with what it was before and after) and told to the author;
 * authors changing their own content leave no trail. Drafts never reach moderation.
 */
@QuarkusTest
class StaffChangesTrailTest {
    private static final String SHOP = "paris-opera";

    private String author;
    private String authorToken;

    @BeforeEach
    void author() {
        Api.ensureShop(SHOP, "Paris Opéra");
        author = TestUsers.create("corrige", SHOP);
        authorToken = Tokens.of(author);
    }

    @Test
    void aModeratorsEditOfSomeoneElsesPostIsAuditedAndToldToTheAuthor() {
        long post = Api.createPost(authorToken, "practice", "Vitrine de Noël", List.of("vitrine"));

        // The author's own edit leaves no trail and tells nobody.
        editPost(authorToken, post, "Vitrine de Noël", "Texte revu par l'autrice", null)
                .then()
                .statusCode(200);
        assertThat(auditOf("content.edit", "post", post)).isEmpty();

        // A moderator removes a customer's name: audited with before and after, the author told why.
        editPost(
                        Tokens.moderator(),
                        post,
                        "Vitrine de fin d'année",
                        "Texte sans le nom du client",
                        "Nom d'un client retiré")
                .then()
                .statusCode(200)
                .body("title", equalTo("Vitrine de fin d'année"));
        List<Map<String, Object>> trail = auditOf("content.edit", "post", post);
        assertThat(trail).hasSize(1);
        JsonPath line = JsonPath.from(json(trail.get(0)));
        assertThat(line.getString("actor.username")).isEqualTo("nadia");
        assertThat(line.getString("subject.username")).isEqualTo(author);
        assertThat(line.getString("contentTitle")).isEqualTo("Vitrine de Noël");
        assertThat(line.getString("reason")).isEqualTo("Nom d'un client retiré");
        assertThat(line.getString("before.title")).isEqualTo("Vitrine de Noël");
        assertThat(line.getString("before.body")).isEqualTo("Texte revu par l'autrice");
        assertThat(line.getString("after.title")).isEqualTo("Vitrine de fin d'année");
        assertThat(line.getString("after.body")).isEqualTo("Texte sans le nom du client");
        // Tags did not change: only title and body are kept of what stayed the same.
        assertThat(line.getMap("before")).doesNotContainKey("photoIds");

        Map<String, Object> told = onlyStaffNotification(authorToken);
        assertThat(told).containsEntry("postId", (int) post);
        assertThat(data(told))
                .containsEntry("action", "edited")
                .containsEntry("contentType", "post")
                .containsEntry("title", "Vitrine de Noël")
                .containsEntry("reason", "Nom d'un client retiré")
                .containsEntry("by", "moderator");

        // The content's own trail in the review screens shows it too.
        JsonPath item = Api.get(Tokens.moderator(), "/api/v1/moderation/items/post/" + post)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(item.getList("history.action")).containsExactly("content.edit");

        // The author edits again: still one line, still one notification.
        editPost(authorToken, post, "Vitrine de fin d'année", "Encore un mot", null)
                .then()
                .statusCode(200);
        assertThat(auditOf("content.edit", "post", post)).hasSize(1);
        onlyStaffNotification(authorToken);
    }

    @Test
    void aModeratorDeletingACommentAndAnEntryIsAuditedAndToldToTheirAuthors() {
        long post = Api.createPost(Tokens.camille(), "idea", "Un coin café", List.of());
        long ownComment = Api.comment(authorToken, post, "Je retire ce que j'ai dit", null);
        given().auth()
                .oauth2(authorToken)
                .when()
                .delete("/api/v1/comments/" + ownComment)
                .then()
                .statusCode(204);
        assertThat(auditOf("content.delete", "comment", ownComment)).isEmpty();

        long comment = Api.comment(authorToken, post, "Le client M. Dupont a encore râlé", null);
        given().auth()
                .oauth2(Tokens.moderator())
                .contentType("application/json")
                .body(Map.of("body", "Le client a encore râlé", "reason", "Nom d'un client"))
                .when()
                .put("/api/v1/comments/" + comment)
                .then()
                .statusCode(200);
        List<Map<String, Object>> editTrail = auditOf("content.edit", "comment", comment);
        assertThat(editTrail).hasSize(1);
        JsonPath editLine = JsonPath.from(json(editTrail.get(0)));
        assertThat(editLine.getString("before.body")).isEqualTo("Le client M. Dupont a encore râlé");
        assertThat(editLine.getString("after.body")).isEqualTo("Le client a encore râlé");
        assertThat(data(onlyStaffNotification(authorToken)))
                .containsEntry("action", "edited")
                .containsEntry("contentType", "comment");

        given().auth()
                .oauth2(Tokens.moderator())
                .queryParam("reason", "x".repeat(2_001))
                .when()
                .delete("/api/v1/comments/" + comment)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        given().auth()
                .oauth2(Tokens.moderator())
                .queryParam("reason", "Nom d'un client")
                .when()
                .delete("/api/v1/comments/" + comment)
                .then()
                .statusCode(204);
        List<Map<String, Object>> commentTrail = auditOf("content.delete", "comment", comment);
        assertThat(commentTrail).hasSize(1);
        JsonPath commentLine = JsonPath.from(json(commentTrail.get(0)));
        assertThat(commentLine.getString("subject.username")).isEqualTo(author);
        assertThat(commentLine.getString("reason")).isEqualTo("Nom d'un client");
        assertThat(commentLine.getString("before.state")).isEqualTo("visible");
        assertThat(commentLine.getString("after.state")).isEqualTo("deleted");

        Map<String, Object> aboutComment = staffNotifications(authorToken).get(0);
        assertThat(aboutComment).containsEntry("postId", (int) post).containsEntry("commentId", (int) comment);
        assertThat(data(aboutComment))
                .containsEntry("action", "deleted")
                .containsEntry("contentType", "comment")
                .containsEntry("title", "Le client a encore râlé");

        long entry = entry(authorToken, "Essai du présentoir à l'entrée");
        given().auth()
                .oauth2(Tokens.moderator())
                .when()
                .delete("/api/v1/entries/" + entry)
                .then()
                .statusCode(204);
        Api.get(authorToken, "/api/v1/entries/" + entry).then().statusCode(404);
        List<Map<String, Object>> entryTrail = auditOf("content.delete", "entry", entry);
        assertThat(entryTrail).hasSize(1);
        assertThat(JsonPath.from(json(entryTrail.get(0))).getString("reason")).isNull();
        List<Map<String, Object>> told = staffNotifications(authorToken);
        assertThat(told).hasSize(3);
        assertThat(told.get(0)).containsEntry("entryId", (int) entry);
        assertThat(data(told.get(0)))
                .containsEntry("action", "deleted")
                .containsEntry("contentType", "entry")
                .containsEntry("reason", null);
    }

    @Test
    void anAdminDeletingSomeoneElsesPostIsAuditedAndToldToTheAuthor() {
        long post = Api.createPost(authorToken, "irritant", "Badgeuse en panne", List.of());
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("reason", "Doublon")
                .when()
                .delete("/api/v1/posts/" + post)
                .then()
                .statusCode(204);
        Api.get(authorToken, "/api/v1/posts/" + post).then().statusCode(404);

        List<Map<String, Object>> trail = auditOf("content.delete", "post", post);
        assertThat(trail).hasSize(1);
        JsonPath line = JsonPath.from(json(trail.get(0)));
        assertThat(line.getString("actor.username")).isEqualTo("hugo");
        assertThat(line.getString("subject.username")).isEqualTo(author);
        assertThat(line.getString("contentTitle")).isEqualTo("Badgeuse en panne");
        assertThat(line.getString("reason")).isEqualTo("Doublon");
        assertThat(data(onlyStaffNotification(authorToken)))
                .containsEntry("action", "deleted")
                .containsEntry("by", "admin")
                .containsEntry("title", "Badgeuse en panne");

        // The review queue's own delete action keeps its single line and its own notification.
        long other = Api.createPost(authorToken, "idea", "Plantes vertes", List.of());
        given().auth()
                .oauth2(Tokens.moderator())
                .contentType("application/json")
                .body(Map.of("action", "delete", "reason", "Hors charte"))
                .when()
                .post("/api/v1/moderation/items/post/" + other + "/actions")
                .then()
                .statusCode(200);
        assertThat(auditOf("content.delete", "post", other)).hasSize(1);
        assertThat(staffNotifications(authorToken)).hasSize(1);
    }

    @Test
    void draftsNeverShowInModeration() {
        // Letters only, unique to this run: a watch word is a whole word.
        String phrase = "brouillonite"
                + Long.toString(System.nanoTime() % 1_000_000, 26).replaceAll("[0-9]", "x");
        long word = ((Number) given().auth()
                        .oauth2(Tokens.admin())
                        .contentType("application/json")
                        .body(Map.of("phrase", phrase, "action", "hold"))
                        .when()
                        .post("/api/v1/admin/watch-words")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        try {
            long published = Api.createPost(authorToken, "practice", "Déjà publiée", List.of());
            long draft = ((Number) given().auth()
                            .oauth2(authorToken)
                            .contentType("application/json")
                            .body(Map.of("kind", "idea", "title", "Idée " + phrase, "body", "à finir", "draft", true))
                            .when()
                            .post("/api/v1/posts")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"))
                    .longValue();

            Api.get(Tokens.moderator(), "/api/v1/moderation/items/post/" + draft)
                    .then()
                    .statusCode(404)
                    .body("code", equalTo("CONTENT_NOT_FOUND"));
            Api.get(Tokens.admin(), "/api/v1/moderation/items/post/" + draft)
                    .then()
                    .statusCode(404);
            assertThat(queueIds("open")).doesNotContain(String.valueOf(draft));
            // The author's history counts what they published, not their drafts.
            Api.get(Tokens.moderator(), "/api/v1/moderation/items/post/" + published)
                    .then()
                    .statusCode(200)
                    .body("authorHistory.posts", equalTo(1));
            // Nobody else can report it.
            given().auth()
                    .oauth2(Tokens.lucas())
                    .contentType("application/json")
                    .body(Map.of("contentType", "post", "contentId", String.valueOf(draft), "reason", "spam"))
                    .when()
                    .post("/api/v1/reports")
                    .then()
                    .statusCode(404);

            // Published, it is screened like any post: held, and in the queue.
            given().auth()
                    .oauth2(authorToken)
                    .contentType("application/json")
                    .body(Map.of("title", "Idée " + phrase, "body", "finie", "draft", false))
                    .when()
                    .put("/api/v1/posts/" + draft)
                    .then()
                    .statusCode(200)
                    .body("pendingReview", equalTo(true));
            Api.get(Tokens.moderator(), "/api/v1/moderation/items/post/" + draft)
                    .then()
                    .statusCode(200)
                    .body("state", equalTo("pending_review"));
            assertThat(queueIds("open")).contains(String.valueOf(draft));
        } finally {
            given().auth()
                    .oauth2(Tokens.admin())
                    .when()
                    .delete("/api/v1/admin/watch-words/" + word)
                    .then()
                    .statusCode(204);
        }
    }

    private static io.restassured.response.Response editPost(
            String token, long post, String title, String body, String reason) {
        Map<String, Object> request = new HashMap<>(Map.of("title", title, "body", body, "tags", List.of("vitrine")));
        if (reason != null) {
            request.put("reason", reason);
        }
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(request)
                .when()
                .put("/api/v1/posts/" + post);
    }

    private static long entry(String token, String text) {
        return ((Number) given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(Map.of("kind", "experiment", "body", text))
                        .when()
                        .post("/api/v1/guestbooks/" + SHOP + "/entries")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    /** The audit lines of one action on one piece of this test's author's content, as an admin reads them. */
    private List<Map<String, Object>> auditOf(String action, String type, long id) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(Tokens.admin())
                .queryParam("action", action)
                .queryParam("contentType", type)
                .queryParam("q", author)
                .when()
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(i -> String.valueOf(id).equals(i.get("contentId")))
                .toList();
    }

    /** Newest first. */
    private static List<Map<String, Object>> staffNotifications(String token) {
        List<Map<String, Object>> all = Api.get(token, "/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return all.stream()
                .filter(n -> "content_changed_by_staff".equals(n.get("type")))
                .toList();
    }

    private static Map<String, Object> onlyStaffNotification(String token) {
        List<Map<String, Object>> told = staffNotifications(token);
        assertThat(told).hasSize(1);
        return told.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> notification) {
        return (Map<String, Object>) notification.get("data");
    }

    private static String json(Map<String, Object> map) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(map);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> queueIds(String status) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth()
                    .oauth2(Tokens.moderator())
                    .queryParam("status", status)
                    .queryParam("type", "post");
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
