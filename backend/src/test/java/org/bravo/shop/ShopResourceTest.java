package org.bravo.shop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.bravo.testing.Api;
import org.bravo.testing.MissingBodies;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ShopResourceTest {

    private static String code(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L;
    }

    @Test
    void anonymousCannotListShops() {
        given().when().get("/api/v1/shops").then().statusCode(401).body("code", equalTo("AUTHENTICATION_REQUIRED"));
    }

    @Test
    void anAdminOpensAShopThatEveryoneThenSees() {
        String code = code("bordeaux");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of(
                        "code",
                        code,
                        "name",
                        "Bordeaux Sainte-Catherine",
                        "city",
                        "Bordeaux",
                        "region",
                        "Nouvelle-Aquitaine"))
                .when()
                .post("/api/v1/shops")
                .then()
                .statusCode(201)
                .body("code", equalTo(code))
                .body("active", equalTo(true))
                .body("peopleCount", equalTo(0));
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .get("/api/v1/shops")
                .then()
                .statusCode(200)
                .body("code", hasItem(code));
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .get("/api/v1/shops/" + code)
                .then()
                .statusCode(200)
                .body("city", equalTo("Bordeaux"));
    }

    @Test
    void anEmployeeCannotOpenAShop() {
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(Map.of("code", code("nope"), "name", "N", "city", "C", "region", "R"))
                .when()
                .post("/api/v1/shops")
                .then()
                .statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of("code", "Pas Valide!", "name", "x".repeat(121)))
                .when()
                .post("/api/v1/shops")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("code", "name", "city", "region"))
                .body("errors.find { it.field == 'code' }.code", equalTo("INVALID"))
                .body("errors.find { it.field == 'name' }.code", equalTo("TOO_LONG"))
                .body("errors.find { it.field == 'city' }.code", equalTo("REQUIRED"));
    }

    @Test
    void aTakenCodeIsAConflict() {
        String code = code("lille");
        Map<String, String> shop = Map.of("code", code, "name", "Lille", "city", "Lille", "region", "Hauts-de-France");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(shop)
                .when()
                .post("/api/v1/shops")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(shop)
                .when()
                .post("/api/v1/shops")
                .then()
                .statusCode(409)
                .body("code", equalTo("SHOP_CODE_TAKEN"));
    }

    @Test
    void aClosedShopLeavesTheDirectoryButNotTheAdminsView() {
        String code = code("nantes");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of("code", code, "name", "Nantes", "city", "Nantes", "region", "Pays de la Loire"))
                .when()
                .post("/api/v1/shops")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of("name", "Nantes", "city", "Nantes", "region", "Pays de la Loire", "active", false))
                .when()
                .put("/api/v1/shops/" + code)
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .get("/api/v1/shops")
                .then()
                .statusCode(200)
                .body("code", not(hasItem(code)));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("includeInactive", true)
                .when()
                .get("/api/v1/shops")
                .then()
                .statusCode(200)
                .body("code", hasItem(code));
    }

    @Test
    void anUnknownShopIsNotFound() {
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .get("/api/v1/shops/no-such-shop")
                .then()
                .statusCode(404)
                .body("code", equalTo("SHOP_NOT_FOUND"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of("name", "X", "city", "Y", "region", "Z"))
                .when()
                .put("/api/v1/shops/no-such-shop")
                .then()
                .statusCode(404);
    }

    @Test
    void aShopWithoutABodyIsRefusedFieldByFieldLikeAnEmptyOne() {
        assertThat(MissingBodies.answerLikeAnEmptyObject(Tokens.admin(), "POST", "/api/v1/shops"))
                .extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("code", "name", "city", "region");
        Api.ensureShop("paris-opera", "Paris Opéra");
        assertThat(MissingBodies.answerLikeAnEmptyObject(Tokens.admin(), "PUT", "/api/v1/shops/paris-opera"))
                .extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("name", "city", "region");
    }
}
