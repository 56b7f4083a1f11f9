package org.bravo.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bravo.testing.Api;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostStatusTest {

    private static io.restassured.response.ValidatableResponse change(String token, long post, Map<String, ?> body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .when()
                .put("/api/v1/posts/" + post + "/status")
                .then();
    }

    @Test
    void anIdeaGoesFromNewThroughReviewToADecisionAndItsAuthorIsTold() {
        long idea =
                Api.createPost(Tokens.camille(), "idea", "Carte de fidélité en ligne " + System.nanoTime(), List.of());
        change(Tokens.camille(), idea, Map.of("status", "under_review")).statusCode(403);
        change(Tokens.moderator(), idea, Map.of("status", "adopted"))
                .statusCode(409)
                .body("code", equalTo("INVALID_STATUS_TRANSITION"));
        change(Tokens.moderator(), idea, Map.of("status", "under_review"))
                .statusCode(200)
                .body("status", equalTo("under_review"));
        change(Tokens.admin(), idea, Map.of("status", "declined"))
                .statusCode(422)
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].code", equalTo("REQUIRED"));
        change(Tokens.admin(), idea, Map.of("status", "declined", "reason", "Déjà prévu au siège"))
                .statusCode(200)
                .body("status", equalTo("declined"))
                .body("statusReason", equalTo("Déjà prévu au siège"));
        change(Tokens.admin(), idea, Map.of("status", "new")).statusCode(409);

        Api.get(Tokens.camille(), "/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("findAll { it.postId == " + idea + " && it.type == 'post_status_changed' }.size()", equalTo(2))
                .body(
                        "find { it.postId == " + idea + " && it.data.to == 'declined' }.data.reason",
                        equalTo("Déjà prévu au siège"))
                .body("find { it.postId == " + idea + " && it.data.to == 'declined' }.actor.username", equalTo("hugo"));
    }

    @Test
    void aPracticeHasNoStatus() {
        long practice = Api.createPost(Tokens.camille(), "practice", "Sourire", List.of());
        change(Tokens.moderator(), practice, Map.of("status", "under_review"))
                .statusCode(409)
                .body("code", equalTo("POST_HAS_NO_STATUS"));
    }

    @Test
    void anUnknownStatusIsInvalid() {
        long irritant = Api.createPost(Tokens.lucas(), "irritant", "Terminal lent", List.of());
        change(Tokens.moderator(), irritant, Map.of("status", "someday"))
                .statusCode(422)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].code", equalTo("INVALID"));
    }

    @Test
    void onlyTheRecipientReadsANotification() {
        long idea = Api.createPost(Tokens.camille(), "idea", "Notif " + System.nanoTime(), List.of());
        change(Tokens.moderator(), idea, Map.of("status", "under_review")).statusCode(200);
        JsonPath before = notifications(Tokens.camille());
        int id = before.getInt("find { it.postId == " + idea + " }.id");
        assertThat(readAt(before, id)).as("a new notification is unread").isNull();
        int unread = unread(before);

        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .put("/api/v1/notifications/" + id + "/read")
                .then()
                .statusCode(404);
        JsonPath afterSomeoneElse = notifications(Tokens.camille());
        assertThat(readAt(afterSomeoneElse, id))
                .as("someone else cannot mark it read")
                .isNull();
        assertThat(unread(afterSomeoneElse)).isEqualTo(unread);

        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .put("/api/v1/notifications/" + id + "/read")
                .then()
                .statusCode(204);
        JsonPath after = notifications(Tokens.camille());
        String readAt = readAt(after, id);
        assertThat(readAt).as("the recipient's notification reads as read").isNotNull();
        assertThat(unread(after)).as("one unread notification fewer").isEqualTo(unread - 1);

        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .put("/api/v1/notifications/" + id + "/read")
                .then()
                .statusCode(204);
        assertThat(readAt(notifications(Tokens.camille()), id))
                .as("read again: still read when first read")
                .isEqualTo(readAt);
    }

    private static JsonPath notifications(String token) {
        return Api.get(token, "/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String readAt(JsonPath notifications, int id) {
        return notifications.getString("find { it.id == " + id + " }.readAt");
    }

    /** What the app counts as unread: the latest notifications without a read time. */
    private static int unread(JsonPath notifications) {
        return notifications.getList("findAll { it.readAt == null }").size();
    }
}
