package org.bravo.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.bravo.testing.Api;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileResourceTest {

    @BeforeEach
    void shops() {
        Api.ensureShop("paris-opera", "Paris Opéra");
        Api.ensureShop("lyon-confluence", "Lyon Confluence");
    }

    @Test
    void aPersonWithoutShopPicksOneAndIsPlacedAtOnce() {
        String zoe = TestUsers.create("zoe", null);
        String token = Tokens.of(zoe);
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("shop", nullValue())
                .body("needsShop", equalTo(true));
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("shop", "lyon-confluence"))
                .when()
                .put("/api/v1/me/shop")
                .then()
                .statusCode(200)
                .body("shop", equalTo("lyon-confluence"))
                .body("needsShop", equalTo(false));
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("shop", "paris-opera"))
                .when()
                .put("/api/v1/me/shop")
                .then()
                .statusCode(200)
                .body("shop", equalTo("lyon-confluence"))
                .body("shopRequest.toShop", equalTo("paris-opera"));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/people/" + zoe)
                .then()
                .statusCode(200)
                .body("shop.code", equalTo("lyon-confluence"))
                .body("shop.name", equalTo("Lyon Confluence"));
    }

    @Test
    void anUnknownShopCannotBePicked() {
        String token = Tokens.of(TestUsers.create("yann", null));
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("shop", "atlantis"))
                .when()
                .put("/api/v1/me/shop")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("shop"))
                .body("errors[0].code", equalTo("UNKNOWN"));
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of())
                .when()
                .put("/api/v1/me/shop")
                .then()
                .statusCode(422)
                .body("errors[0].code", equalTo("REQUIRED"));
    }

    @Test
    void onlyAnAdminMovesSomeoneToAnotherShop() {
        String xavier = TestUsers.create("xavier", null);
        Tokens.of(xavier);
        given().auth().oauth2(Tokens.of(xavier)).when().get("/api/v1/me").then().statusCode(200);
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(Map.of("shop", "paris-opera"))
                .when()
                .put("/api/v1/people/" + xavier + "/shop")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of("shop", "paris-opera"))
                .when()
                .put("/api/v1/people/" + xavier + "/shop")
                .then()
                .statusCode(200)
                .body("shop.code", equalTo("paris-opera"));
    }

    @Test
    void aProfileCountsContributionsAndBravosReceived() {
        String author = TestUsers.create("wanda", "paris-opera");
        String token = Tokens.of(author);
        long post = Api.createPost(token, "practice", "Accueil en musique", List.of("accueil"));
        Api.createPost(token, "idea", "Une idée", List.of());
        Api.comment(token, post, "Merci à tous", null);
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .put("/api/v1/posts/" + post + "/bravo")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .get("/api/v1/people/" + author)
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Test Wanda"))
                .body("postCount", equalTo(2))
                .body("commentCount", equalTo(1))
                .body("bravosReceived", equalTo(1))
                .body("memberSince", notNullValue());
    }

    @Test
    void anUnknownPersonIsNotFound() {
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .get("/api/v1/people/nobody-at-all")
                .then()
                .statusCode(404)
                .body("code", equalTo("PERSON_NOT_FOUND"));
    }

    @Test
    void mentionSearchIgnoresAccentsAndCase() {
        String token = Tokens.of(TestUsers.create("helene", "paris-opera"));
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);
        given().auth()
                .oauth2(Tokens.camille())
                .queryParam("q", "HÉLÈN")
                .when()
                .get("/api/v1/people")
                .then()
                .statusCode(200)
                .body("username.any { it.startsWith('helene-') }", equalTo(true));
    }
}
