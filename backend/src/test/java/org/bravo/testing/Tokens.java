package org.bravo.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test stack's Keycloak, for the demo users of the realm. */
public final class Tokens {
    public static final String PASSWORD = "bravo";
    /** Keycloak's tokens live five minutes; one is reused for four, then a new one is fetched. */
    private static final long REUSE_NANOS = 240_000_000_000L;

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, long fetchedAt) {}

    private Tokens() {}

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

    /** A token for the user, reused while it has a minute or more to live: the suite outlasts one token. */
    public static String of(String username) {
        return CACHE.compute(
                        username,
                        (name, cached) -> cached != null && System.nanoTime() - cached.fetchedAt() < REUSE_NANOS
                                ? cached
                                : new Cached(fetch(name), System.nanoTime()))
                .token();
    }

    /** A token just issued, for runs that outlast a cached token's five minutes (benchmarks). */
    public static String fresh(String username) {
        String token = fetch(username);
        CACHE.put(username, new Cached(token, System.nanoTime()));
        return token;
    }

    /** The token's {@code sub}: Keycloak's stable id of the person, the key Bravo stores per person. */
    public static String subject(String token) {
        String payload = token.split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .getString("sub");
    }

    private static String fetch(String username) {
        return given().baseUri(RealStackResource.config().issuer())
                .formParam("grant_type", "password")
                .formParam("client_id", "bravo-tests")
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .when()
                .post("/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
