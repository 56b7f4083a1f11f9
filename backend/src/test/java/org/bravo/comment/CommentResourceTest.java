package org.bravo.comment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.bravo.testing.Api;
import org.bravo.testing.MissingBodies;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommentResourceTest {

    @Test
    void repliesStayOneLevelDeepAndFollowTheirParent() {
        long post = Api.createPost(Tokens.camille(), "practice", "Fil de discussion", List.of());
        long first = Api.comment(Tokens.lucas(), post, "Première question", null);
        long second = Api.comment(Tokens.moderator(), post, "Autre remarque", null);
        long reply = Api.comment(Tokens.camille(), post, "Réponse", first);
        long replyToReply = Api.comment(Tokens.lucas(), post, "Merci !", reply);
        Api.get(Tokens.lucas(), "/api/v1/posts/" + post + "/comments")
                .then()
                .statusCode(200)
                .body("id", contains((int) first, (int) reply, (int) replyToReply, (int) second))
                .body("find { it.id == " + replyToReply + " }.parentId", equalTo((int) first));
        Api.get(Tokens.lucas(), "/api/v1/posts/" + post).then().body("commentCount", equalTo(4));
    }

    @Test
    void aMentionIsLinkedStoredAndNotified() {
        long post = Api.createPost(Tokens.lucas(), "practice", "Mention " + System.nanoTime(), List.of());
        given().auth().oauth2(Tokens.lucas()).when().get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(Tokens.camille()).when().get("/api/v1/me").then().statusCode(200);
        int id = given().auth()
                .oauth2(Tokens.lucas())
                .contentType("application/json")
                .body(Map.of("body", "Qu'en penses-tu @Camille ? (pas @personne, ni lucas@bravo.example)"))
                .when()
                .post("/api/v1/posts/" + post + "/comments")
                .then()
                .statusCode(201)
                .body("mentions", contains("camille"))
                .body("bodyHtml", containsString("href=\"/people/camille\""))
                .body("bodyHtml", not(containsString("/people/personne")))
                .extract()
                .path("id");
        Api.get(Tokens.camille(), "/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("find { it.commentId == " + id + " }.type", equalTo("mentioned"))
                .body("find { it.commentId == " + id + " }.postId", equalTo((int) post))
                .body("find { it.commentId == " + id + " }.actor.username", equalTo("lucas"));
    }

    @Test
    void onlyTheAuthorOrAModeratorEditsOrDeletes() {
        long post = Api.createPost(Tokens.camille(), "practice", "Commentaires", List.of());
        long comment = Api.comment(Tokens.lucas(), post, "Premier jet", null);
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(Map.of("body", "piraté"))
                .when()
                .put("/api/v1/comments/" + comment)
                .then()
                .statusCode(403)
                .body("code", equalTo("NOT_YOUR_COMMENT"));
        given().auth()
                .oauth2(Tokens.lucas())
                .contentType("application/json")
                .body(Map.of("body", "Version **2**"))
                .when()
                .put("/api/v1/comments/" + comment)
                .then()
                .statusCode(200)
                .body("bodyHtml", containsString("<strong>2</strong>"))
                .body("editedAt", not(equalTo(null)));
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .delete("/api/v1/comments/" + comment)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.moderator())
                .when()
                .delete("/api/v1/comments/" + comment)
                .then()
                .statusCode(204);
        Api.get(Tokens.camille(), "/api/v1/posts/" + post + "/comments").then().body("size()", equalTo(0));
        Api.get(Tokens.camille(), "/api/v1/posts/" + post).then().body("commentCount", equalTo(0));
    }

    @Test
    void aDeletedCommentWithRepliesLeavesAPlaceholder() {
        long post = Api.createPost(Tokens.camille(), "practice", "Placeholder", List.of());
        long parent = Api.comment(Tokens.lucas(), post, "Question", null);
        Api.comment(Tokens.camille(), post, "Réponse", parent);
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .delete("/api/v1/comments/" + parent)
                .then()
                .statusCode(204);
        Api.get(Tokens.camille(), "/api/v1/posts/" + post + "/comments")
                .then()
                .body("size()", equalTo(2))
                .body("[0].deleted", equalTo(true))
                .body("[0].body", equalTo(""))
                .body("[0].canEdit", equalTo(false));
    }

    @Test
    void anEmptyOrHugeCommentIsInvalid() {
        long post = Api.createPost(Tokens.camille(), "practice", "Validation", List.of());
        given().auth()
                .oauth2(Tokens.lucas())
                .contentType("application/json")
                .body(Map.of("body", "   "))
                .when()
                .post("/api/v1/posts/" + post + "/comments")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].code", equalTo("REQUIRED"));
        given().auth()
                .oauth2(Tokens.lucas())
                .contentType("application/json")
                .body(Map.of("body", "x".repeat(5001)))
                .when()
                .post("/api/v1/posts/" + post + "/comments")
                .then()
                .statusCode(422)
                .body("errors[0].code", equalTo("TOO_LONG"));
        given().auth()
                .oauth2(Tokens.lucas())
                .contentType("application/json")
                .body(Map.of("body", "ok", "parentId", 987654321))
                .when()
                .post("/api/v1/posts/" + post + "/comments")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void hiddenPostsTakeNoComments() {
        long draft = Api.createDraft(Tokens.camille(), "Pas encore");
        given().auth()
                .oauth2(Tokens.lucas())
                .contentType("application/json")
                .body(Map.of("body", "Coucou"))
                .when()
                .post("/api/v1/posts/" + draft + "/comments")
                .then()
                .statusCode(404)
                .body("code", equalTo("POST_NOT_FOUND"));
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .get("/api/v1/posts/" + draft + "/comments")
                .then()
                .statusCode(404);
        given().when().get("/api/v1/posts/1/comments").then().statusCode(401);
    }

    @Test
    void aCommentWithoutABodyIsRefusedLikeAnEmptyOne() {
        long post = Api.createPost(Tokens.camille(), "practice", "Sans commentaire", List.of());
        assertThat(MissingBodies.answerLikeAnEmptyObject(Tokens.lucas(), "POST", "/api/v1/posts/" + post + "/comments"))
                .containsExactly(Map.of("field", "body", "code", "REQUIRED"));
    }
}
