package org.bravo.platform.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.bravo.testing.RealStackResource;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebAppTest {

    @Test
    void theWebAppLearnsWhereToSignInWithoutSigningIn() {
        given().when()
                .get("/api/v1/config")
                .then()
                .statusCode(200)
                .body("keycloakUrl", equalTo(RealStackResource.config().keycloakUrl()))
                .body("realm", equalTo("bravo"))
                .body("clientId", equalTo("bravo-web"));
    }

    @Test
    void theAppIsServedAtTheRoot() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", "no-cache")
                .body(containsString("<div id=\"root\">"));
    }

    @Test
    void builtAssetsAreCachedForGood() {
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        java.util.regex.Matcher script =
                java.util.regex.Pattern.compile("/assets/[^\"]+\\.js").matcher(html);
        org.assertj.core.api.Assertions.assertThat(script.find())
                .as("index.html names a script asset")
                .isTrue();
        given().when().get(script.group()).then().statusCode(200).header("Cache-Control", containsString("immutable"));
    }

    @Test
    void aReloadOnAnAppRouteGetsTheApp() {
        given().when()
                .get("/practices/42")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<div id=\"root\">"));
    }

    @Test
    void anUnknownApiAddressIsAProblemNotTheApp() {
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void aWrongMethodIsAProblem() {
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .delete("/api/v1/me")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void theApiIsDocumented() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/me"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/moderation/access"));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
