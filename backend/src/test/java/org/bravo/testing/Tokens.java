package org.bravo.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test stack's Keycloak, for the demo users of the realm. */
public final class Tokens {
    public static final String PASSWORD = "bravo";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** An employee of shop paris-opera. */
    public static String camille() {
        return of("camille");
    }

    /** An employee of shop lyon-confluence. */
    public static String lucas() {
        return of("lucas");
    }

    public static String moderator() {
        return of("nadia");
    }

    public static String admin() {
        return of("hugo");
    }

    /** Tokens live five minutes, far longer than the suite, so one per user is enough. */
    public static String of(String username) {
        return CACHE.computeIfAbsent(username, Tokens::fetch);
    }

    /** A token just issued, for runs that outlast a cached token's five minutes (benchmarks). */
    public static String fresh(String username) {
        String token = fetch(username);
        CACHE.put(username, token);
        return token;
    }

    private static String fetch(String username) {
        return given()
                .baseUri(RealStackResource.config().issuer())
                .formParam("grant_type", "password")
                .formParam("client_id", "bravo-tests")
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .when().post("/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
