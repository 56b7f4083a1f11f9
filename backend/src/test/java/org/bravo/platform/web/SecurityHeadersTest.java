package org.bravo.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Headers;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bravo.testing.RealStackResource;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Every kind of answer a browser gets carries the same defences, built from this stack's Keycloak and store. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void anApiAnswerCarriesEveryHeader() {
        assertStrictHeaders(given().auth().oauth2(Tokens.camille()).when().get("/api/v1/me"), 200);
    }

    @Test
    void aProblemCarriesEveryHeader() {
        assertStrictHeaders(given().auth().oauth2(Tokens.camille()).when().get("/api/v1/no-such-thing"), 404);
    }

    @Test
    void theWebAppAndItsFilesCarryEveryHeader() {
        Response index = given().when().get("/");
        assertStrictHeaders(index, 200);
        assertStrictHeaders(given().when().get("/practices/42"), 200);
        Matcher script = Pattern.compile("/assets/[^\"]+\\.js").matcher(index.asString());
        assertThat(script.find()).as("index.html names a script asset").isTrue();
        assertStrictHeaders(given().when().get(script.group()), 200);
    }

    @Test
    void healthAnswersCarryEveryHeader() {
        assertStrictHeaders(given().when().get("/q/health/ready"), 200);
    }

    @Test
    void thePolicyNamesOnlyThisStacksKeycloakAndStore() {
        String policy = given().when().get("/").then().extract().header("Content-Security-Policy");
        String keycloak = RealStackResource.config().keycloakUrl();
        String store = RealStackResource.config().objectStoreUrl();
        assertThat(directive(policy, "connect-src")).isEqualTo("'self' " + keycloak + " " + store);
        assertThat(directive(policy, "media-src")).isEqualTo("'self' blob: " + store);
        assertThat(directive(policy, "script-src")).isEqualTo("'self'");
        assertThat(directive(policy, "style-src")).isEqualTo("'self'");
    }

    @Test
    void swaggerUiAloneGetsItsOwnPolicyWhileItIsEnabled() {
        String policy = given().when()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .extract()
                .header("Content-Security-Policy");
        assertThat(directive(policy, "script-src")).isEqualTo("'self' 'unsafe-inline'");
        assertThat(directive(policy, "frame-ancestors")).isEqualTo("'none'");
        // The API next to it keeps the strict one.
        String api = given().when().get("/api/v1/config").then().extract().header("Content-Security-Policy");
        assertThat(directive(api, "script-src")).isEqualTo("'self'");
    }

    @Test
    void strictTransportSecurityOnlyWhenTheProxySaysHttps() {
        Headers viaHttps = given().header("X-Forwarded-Proto", "https")
                .when()
                .get("/api/v1/config")
                .then()
                .statusCode(200)
                .extract()
                .headers();
        assertThat(viaHttps.getValue("Strict-Transport-Security")).isEqualTo("max-age=31536000");

        Headers plain = given().when()
                .get("/api/v1/config")
                .then()
                .statusCode(200)
                .extract()
                .headers();
        assertThat(plain.hasHeaderWithName("Strict-Transport-Security"))
                .as("HSTS over plain HTTP")
                .isFalse();
    }

    private static void assertStrictHeaders(Response response, int status) {
        Headers headers = response.then().statusCode(status).extract().headers();
        String policy = headers.getValue("Content-Security-Policy");
        assertThat(policy).as("Content-Security-Policy").isNotNull();
        assertThat(directive(policy, "default-src")).isEqualTo("'self'");
        assertThat(directive(policy, "script-src")).isEqualTo("'self'");
        assertThat(directive(policy, "frame-ancestors")).isEqualTo("'none'");
        assertThat(directive(policy, "object-src")).isEqualTo("'none'");
        assertThat(directive(policy, "base-uri")).isEqualTo("'self'");
        assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(headers.getValue("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getValue("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(headers.getValue("Permissions-Policy"))
                .contains("camera=(self)", "microphone=(self)", "geolocation=()", "payment=()", "usb=()");
        assertThat(headers.hasHeaderWithName("Strict-Transport-Security"))
                .as("HSTS over plain HTTP")
                .isFalse();
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            String trimmed = directive.trim();
            if (trimmed.startsWith(name + " ")) {
                return trimmed.substring(name.length() + 1);
            }
        }
        throw new AssertionError("No " + name + " in " + policy);
    }
}
