package org.bravo.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/** Short ways to set up content through the real API, as a user would. */
public final class Api {
    private Api() {}

    public static long createPost(String token, String kind, String title, List<String> tags) {
        return ((Number) given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(Map.of("kind", kind, "title", title, "body", "Texte de **" + title + "**", "tags", tags))
                        .when()
                        .post("/api/v1/posts")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    public static long createDraft(String token, String title) {
        return ((Number) given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(Map.of("kind", "practice", "title", title, "body", "brouillon", "draft", true))
                        .when()
                        .post("/api/v1/posts")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    public static long comment(String token, long postId, String body, Long parentId) {
        Map<String, Object> request =
                parentId == null ? Map.of("body", body) : Map.of("body", body, "parentId", parentId);
        return ((Number) given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(request)
                        .when()
                        .post("/api/v1/posts/" + postId + "/comments")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    public static Response get(String token, String path) {
        return given().auth().oauth2(token).when().get(path);
    }

    /** Shops exist only when an admin creates them; tests create the ones they need, once. */
    public static void ensureShop(String code, String name) {
        int status = given().auth()
                .oauth2(Tokens.admin())
                .when()
                .get("/api/v1/shops/" + code)
                .statusCode();
        if (status == 404) {
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType("application/json")
                    .body(Map.of("code", code, "name", name, "city", "Paris", "region", "Île-de-France"))
                    .when()
                    .post("/api/v1/shops")
                    .then()
                    .statusCode(201);
        }
    }
}
