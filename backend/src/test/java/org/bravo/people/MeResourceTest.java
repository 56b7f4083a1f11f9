package org.bravo.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {

    @Test
    void anonymousGetsAProblemWithABearerChallenge() {
        given().when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("code", equalTo("AUTHENTICATION_REQUIRED"))
                .body("instance", equalTo("/api/v1/me"))
                .body("trace", nullValue());
    }

    @Test
    void aForgedTokenIsRejected() {
        String forged = Tokens.camille().substring(0, Tokens.camille().length() - 4) + "AAAA";
        given().auth()
                .oauth2(forged)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("AUTHENTICATION_REQUIRED"));
    }

    @Test
    void anEmployeeSeesTheirNameRolesAndShop() {
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("camille"))
                .body("displayName", equalTo("Camille Martin"))
                .body("email", equalTo("camille@bravo.example"))
                .body("roles", contains("employee"))
                .body("shop", equalTo("paris-opera"));
    }

    @Test
    void anEmployeeOfAnotherShopSeesTheirOwnShop() {
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Lucas Bernard"))
                .body("shop", equalTo("lyon-confluence"));
    }

    @Test
    void anAdminWithoutShopHasNoneAndIsNotAskedForOne() {
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Hugo Lefèvre"))
                .body("roles", containsInAnyOrder("admin", "employee"))
                .body("shop", nullValue())
                .body("needsShop", equalTo(false));
    }
}
