package org.bravo.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates throw-away people in the test stack's real Keycloak, so a test that changes someone (their shop, their
 * bravos) does not disturb the demo users other tests rely on.
 */
public final class TestUsers {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestUsers() {}

    /** A new user with a unique username starting with {@code prefix}; returns the username. */
    public static String create(String prefix, String shop, String... roles) {
        String username = prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        Map<String, Object> user = new java.util.HashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("emailVerified", true);
        user.put("email", username + "@bravo.example");
        user.put("firstName", "Test");
        user.put("lastName", prefix.substring(0, 1).toUpperCase() + prefix.substring(1));
        user.put("credentials", List.of(Map.of("type", "password", "value", Tokens.PASSWORD, "temporary", false)));
        if (shop != null) {
            user.put("attributes", Map.of("shop", List.of(shop)));
        }
        String admin = adminToken();
        String base = RealStackResource.config().keycloakUrl() + "/admin/realms/bravo";
        given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(user)
                .when()
                .post(base + "/users")
                .then()
                .statusCode(201);
        if (roles.length > 0) {
            String id = given().auth()
                    .oauth2(admin)
                    .queryParam("username", username)
                    .queryParam("exact", true)
                    .when()
                    .get(base + "/users")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("[0].id");
            List<Map<String, Object>> representations = new ArrayList<>();
            for (String role : roles) {
                representations.add(given().auth()
                        .oauth2(admin)
                        .when()
                        .get(base + "/roles/" + role)
                        .then()
                        .statusCode(200)
                        .extract()
                        .as(Map.class));
            }
            given().auth()
                    .oauth2(admin)
                    .contentType("application/json")
                    .body(representations)
                    .when()
                    .post(base + "/users/" + id + "/role-mappings/realm")
                    .then()
                    .statusCode(204);
        }
        return username;
    }

    /**
     * A new user whom Keycloak knows but who has no realm role at all, not even {@code employee}: every new user gets
     * the realm's default roles, so they are removed after the user is created.
     */
    public static String createWithoutRoles(String prefix, String shop) {
        String username = create(prefix, shop);
        String admin = adminToken();
        String base = RealStackResource.config().keycloakUrl() + "/admin/realms/bravo";
        String id = given().auth()
                .oauth2(admin)
                .queryParam("username", username)
                .queryParam("exact", true)
                .when()
                .get(base + "/users")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        List<Map<String, Object>> granted = given().auth()
                .oauth2(admin)
                .when()
                .get(base + "/users/" + id + "/role-mappings/realm")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        if (!granted.isEmpty()) {
            given().auth()
                    .oauth2(admin)
                    .contentType("application/json")
                    .body(granted)
                    .when()
                    .delete(base + "/users/" + id + "/role-mappings/realm")
                    .then()
                    .statusCode(204);
        }
        return username;
    }

    /** Gives the user a shop in the directory (Keycloak's {@code shop} attribute), as a company's HR system would. */
    @SuppressWarnings("unchecked")
    public static void setDirectoryShop(String username, String shop) {
        String admin = adminToken();
        String base = RealStackResource.config().keycloakUrl() + "/admin/realms/bravo";
        Map<String, Object> user = given().auth()
                .oauth2(admin)
                .queryParam("username", username)
                .queryParam("exact", true)
                .when()
                .get(base + "/users")
                .then()
                .statusCode(200)
                .extract()
                .path("[0]");
        Map<String, Object> attributes = new java.util.HashMap<>();
        if (user.get("attributes") instanceof Map<?, ?> existing) {
            attributes.putAll((Map<String, Object>) existing);
        }
        attributes.put("shop", List.of(shop));
        user.put("attributes", attributes);
        given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(user)
                .when()
                .put(base + "/users/" + user.get("id"))
                .then()
                .statusCode(204);
    }

    private static String adminToken() {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", "admin")
                .when()
                .post(RealStackResource.config().keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
