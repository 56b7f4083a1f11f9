package org.bravo.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bravo.testing.Api;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A person Keycloak signs in but who lacks the {@code employee} role (a contractor, someone whose access was
 * removed) gets nothing from the API but their own account, the web app's configuration and signed media URLs,
 * which are open to anyone who holds one. Every other operation of the OpenAPI document answers 403
 * {@code EMPLOYEE_ROLE_REQUIRED} before it runs; operations reserved to moderators or admins refuse the person by
 * their own role check first (403 {@code FORBIDDEN}, as they would an employee: the permission matrix says which).
 */
@QuarkusTest
class EmployeeRoleTest {
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    /** Operations open without the role, and what they answer (the media ones: no signature, so 404 to anyone). */
    private static final Map<String, Integer> OPEN = Map.of(
            "GET /api/v1/me", 200,
            "GET /api/v1/config", 200,
            "GET /api/v1/media/photos/{id}", 404,
            "GET /api/v1/media/photos/{id}/thumbnail", 404,
            "GET /api/v1/media/videos/{id}/captions/{lang}", 404,
            "GET /api/v1/media/videos/{id}/playback", 404,
            "GET /api/v1/media/videos/{id}/poster", 404);

    @Test
    void withoutTheEmployeeRoleOnlyTheOpenOperationsAnswer() throws IOException {
        Api.ensureShop("paris-opera", "Paris Opéra");
        String outsider = TestUsers.createWithoutRoles("externe", "paris-opera");
        given().auth()
                .oauth2(Tokens.of(outsider))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", empty());

        List<String> mismatches = new ArrayList<>();
        List<String> endpoints = PermissionMatrixTest.endpoints();
        Map<String, List<Integer>> matrix = PermissionMatrixTest.matrix();
        int employeeColumn = PermissionMatrixTest.CALLERS.indexOf("employee");
        assertThat(endpoints).containsAll(OPEN.keySet());
        for (String endpoint : endpoints) {
            // Asked at each call: the cache renews the token before it expires, and the walk may outlast one.
            Response response = call(endpoint, Tokens.of(outsider));
            Integer open = OPEN.get(endpoint);
            if (open != null) {
                if (response.statusCode() != open) {
                    mismatches.add(endpoint + ": " + response.statusCode() + ", expected " + open);
                }
            } else if (response.statusCode() != 403
                    || !List.of("EMPLOYEE_ROLE_REQUIRED", "FORBIDDEN")
                            .contains(response.jsonPath().getString("code"))) {
                mismatches.add(endpoint + ": " + response.statusCode() + " "
                        + response.body().asString());
            } else if (response.jsonPath().getString("code").equals("FORBIDDEN")
                    && matrix.get(endpoint).get(employeeColumn) != 403) {
                // Only an operation an employee is refused too may refuse with its own role check.
                mismatches.add(endpoint + ": " + response.statusCode() + " "
                        + response.body().asString());
            }
        }
        assertThat(mismatches)
                .as("Operations that do not refuse a person without the employee role")
                .isEmpty();
    }

    @Test
    void theRefusalSaysWhatIsMissingAndEmployeesAreLetThrough() {
        String token = Tokens.of(TestUsers.createWithoutRoles("ancienne", "paris-opera"));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/posts")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("EMPLOYEE_ROLE_REQUIRED"))
                .body("status", equalTo(403));
        // The same person once given the role (a fresh user has it by default), and every demo login.
        given().auth()
                .oauth2(Tokens.of(TestUsers.create("nouvelle", "paris-opera")))
                .when()
                .get("/api/v1/posts")
                .then()
                .statusCode(200);
        for (String demo : List.of("camille", "lucas", "nadia", "hugo")) {
            given().auth()
                    .oauth2(Tokens.of(demo))
                    .when()
                    .get("/api/v1/me")
                    .then()
                    .statusCode(200)
                    .body("roles", hasItem("employee"));
        }
        // Anonymous callers still learn that they must sign in.
        given().when().get("/api/v1/posts").then().statusCode(401).body("code", equalTo("AUTHENTICATION_REQUIRED"));
    }

    private static Response call(String endpoint, String token) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String template = endpoint.substring(endpoint.indexOf(' ') + 1);
        Matcher m = PARAM.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(value(m.group(1), template)));
        }
        m.appendTail(path);
        RequestSpecification request = given().redirects().follow(false).auth().oauth2(token);
        if (!method.equals("GET") && !method.equals("DELETE")) {
            if (template.endsWith("/import")) {
                request.contentType("text/csv").body("");
            } else if (template.endsWith("/photos")) {
                request.multiPart("file", "notes.txt", "not a picture".getBytes(StandardCharsets.UTF_8), "text/plain");
            } else {
                request.contentType("application/json").body("{}");
            }
        }
        return request.when().request(method, path.toString());
    }

    /** A value the path template accepts; nothing needs to exist, the refusal comes first. */
    private static String value(String param, String template) {
        return switch (param) {
            case "type" -> template.startsWith("/api/v1/{type}") ? "posts" : "post";
            case "username" -> "camille";
            case "code", "shop" -> "paris-opera";
            case "lang" -> "fr";
            default -> "1";
        };
    }
}
