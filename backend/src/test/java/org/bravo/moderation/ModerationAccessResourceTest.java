package org.bravo.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ModerationAccessResourceTest {
    private static final String PATH = "/api/v1/moderation/access";

    @Test
    void anonymousIsAskedToSignIn() {
        given().when().get(PATH).then().statusCode(401).body("code", equalTo("AUTHENTICATION_REQUIRED"));
    }

    @Test
    void anEmployeeIsForbidden() {
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .get(PATH)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"))
                .body("status", equalTo(403));
    }

    @Test
    void aModeratorMayModerate() {
        given().auth()
                .oauth2(Tokens.moderator())
                .when()
                .get(PATH)
                .then()
                .statusCode(200)
                .body("canModerate", equalTo(true))
                .body("roles", hasItem("moderator"));
    }

    @Test
    void anAdminMayModerate() {
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .get(PATH)
                .then()
                .statusCode(200)
                .body("canModerate", equalTo(true))
                .body("roles", hasItem("admin"));
    }
}
