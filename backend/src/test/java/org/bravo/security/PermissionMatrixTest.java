package org.bravo.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.bravo.testing.Api;
import org.bravo.testing.OpenApi;
import org.bravo.testing.Photos;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.bravo.testing.VideoUploads;
import org.junit.jupiter.api.Test;

/**
 * Walks every endpoint of the API, as the OpenAPI document lists them, with five callers on the real Keycloak:
 * nobody, an employee (who owns the content the paths name), an employee of another shop, a moderator and an admin,
 * and checks each status against {@code permission-matrix.txt}. Writes carry an empty JSON object, so a caller who
 * may act gets a validation error (or the action itself), and one who may not gets 401/403/404 before any rule runs.
 * An endpoint missing from the matrix, or a line naming no endpoint, fails the build.
 */
@QuarkusTest
class PermissionMatrixTest {
    static final List<String> CALLERS = List.of("anonymous", "employee", "otherShop", "moderator", "admin");

    /**
     * Each caller's token, asked of {@link Tokens} at every call: its cache renews a token before Keycloak's five
     * minutes run out, and a walk of every endpoint on a busy machine can outlast one token.
     */
    private final Map<String, Supplier<String>> tokens = new LinkedHashMap<>();

    private Fixtures shared;

    @Test
    void everyEndpointAnswersEachCallerAsTheMatrixSays() throws IOException {
        Map<String, List<Integer>> matrix = matrix();
        List<String> endpoints = endpoints();

        List<String> missing =
                endpoints.stream().filter(e -> !matrix.containsKey(e)).toList();
        assertThat(missing)
                .as("Endpoints without a line in permission-matrix.txt (add one: METHOD path, then the " + "status for "
                        + String.join(", ", CALLERS) + ")")
                .isEmpty();
        List<String> stale =
                matrix.keySet().stream().filter(e -> !endpoints.contains(e)).toList();
        assertThat(stale)
                .as("Lines of permission-matrix.txt that name no endpoint")
                .isEmpty();

        Api.ensureShop("paris-opera", "Paris Opéra");
        Api.ensureShop("lyon-part-dieu", "Lyon Part-Dieu");
        String employee = TestUsers.create("matrice", "paris-opera");
        String neighbour = TestUsers.create("voisine", "lyon-part-dieu");
        tokens.put("employee", () -> Tokens.of(employee));
        tokens.put("otherShop", () -> Tokens.of(neighbour));
        tokens.put("moderator", Tokens::moderator);
        tokens.put("admin", Tokens::admin);
        shared = new Fixtures(employee, neighbour);
        // A round of the guestbook exchange exists whatever ran before, so "the current round" has an answer.
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post("/api/v1/exchange/rounds")
                .then()
                .statusCode(201);

        List<String> mismatches = new ArrayList<>();
        for (String endpoint : endpoints) {
            List<Integer> expected = matrix.get(endpoint);
            for (int i = 0; i < CALLERS.size(); i++) {
                int status = call(endpoint, CALLERS.get(i), employee, neighbour);
                if (status != expected.get(i)) {
                    mismatches.add(
                            endpoint + " as " + CALLERS.get(i) + ": " + status + ", expected " + expected.get(i));
                }
            }
        }
        awaitReindexOver();
        assertThat(mismatches).as("Statuses that differ from the matrix").isEmpty();
    }

    /** The admin's call started a reindex; later tests start their own. */
    private static void awaitReindexOver() {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline
                && "running"
                        .equals(given().auth()
                                .oauth2(Tokens.admin())
                                .when()
                                .get("/api/v1/admin/search/reindex")
                                .then()
                                .extract()
                                .path("state"))) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** {@code METHOD /path} of every operation in the OpenAPI document, sorted. */
    static List<String> endpoints() {
        return OpenApi.load().operations().stream()
                .map(OpenApi.Operation::endpoint)
                .toList();
    }

    static Map<String, List<Integer>> matrix() throws IOException {
        Map<String, List<Integer>> lines = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(PermissionMatrixTest.class.getResourceAsStream("/permission-matrix.txt")),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.trim().split("\\s+");
                assertThat(cells)
                        .as("A matrix line: METHOD path and five statuses: " + line)
                        .hasSize(7);
                List<Integer> statuses = new ArrayList<>();
                for (int i = 2; i < 7; i++) {
                    statuses.add(Integer.parseInt(cells[i]));
                }
                lines.put(cells[0] + " " + cells[1], statuses);
            }
        }
        return lines;
    }

    private int call(String endpoint, String caller, String employee, String neighbour) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String template = endpoint.substring(endpoint.indexOf(' ') + 1);
        // A call that may consume its content (a delete, an action) gets content of its own, so that the next
        // caller finds the same state as the first.
        Fixtures fixtures = method.equals("GET") ? shared : new Fixtures(employee, neighbour);
        String path = OpenApi.fill(template, param -> fixtures.value(param, template));
        RequestSpecification request = given().redirects().follow(false);
        if (!caller.equals("anonymous")) {
            request.auth().oauth2(tokens.get(caller).get());
        }
        if (!method.equals("GET") && !method.equals("DELETE")) {
            if (template.endsWith("/import")) {
                request.contentType("text/csv").body("");
            } else if (template.endsWith("/photos")) {
                request.multiPart("file", "notes.txt", "not a picture".getBytes(StandardCharsets.UTF_8), "text/plain");
            } else {
                request.contentType("application/json").body("{}");
            }
        }
        int status = request.when().request(method, path).statusCode();
        if (fixtures != shared) {
            fixtures.release();
        }
        return status;
    }

    /** The content a path names, owned by the employee, created on first use. */
    private final class Fixtures {
        private final String employee;
        private final String neighbour;
        private final Map<String, String> values = new LinkedHashMap<>();

        Fixtures(String employee, String neighbour) {
            this.employee = employee;
            this.neighbour = neighbour;
        }

        String value(String param, String template) {
            String kind = kind(param, template);
            // Not computeIfAbsent: a comment's fixture first asks for its post.
            String value = values.get(kind);
            if (value == null) {
                value = create(kind).get();
                values.put(kind, value);
            }
            return value;
        }

        /** Cancels an upload made for one call: each person may only have a few in progress. */
        void release() {
            String video = values.get("video");
            if (video != null) {
                given().auth().oauth2(tokens.get("employee").get()).when().delete("/api/v1/videos/uploads/" + video);
            }
        }

        private String kind(String param, String template) {
            return switch (param) {
                case "username" -> template.contains("/admin/users/") ? "target" : "person";
                case "code", "shop" -> "shop";
                case "lang" -> "lang";
                case "n", "partNumber" -> "part";
                // Comments and bravos name their target by its plural (/posts/1/bravo), moderation by its type.
                case "type" -> template.startsWith("/api/v1/{type}") ? "targetPlural" : "type";
                default -> {
                    if (template.contains("/moderation/items/")) {
                        yield "post";
                    }
                    if (template.contains("/comments/")) {
                        yield "comment";
                    }
                    if (template.contains("/entries/")) {
                        yield "entry";
                    }
                    if (template.contains("/watch-words/")) {
                        yield "watchWord";
                    }
                    if (template.contains("/categories/")) {
                        yield "category";
                    }
                    if (template.contains("/notifications/")) {
                        yield "notification";
                    }
                    if (template.contains("/photos/")) {
                        yield "photo";
                    }
                    if (template.contains("/videos/")) {
                        yield "video";
                    }
                    if (template.contains("/shop-requests/")) {
                        yield "shopRequest";
                    }
                    yield "post";
                }
            };
        }

        private Supplier<String> create(String kind) {
            String token = tokens.get("employee").get();
            return switch (kind) {
                case "person" -> () -> employee;
                case "target" ->
                    () -> {
                        // Someone Bravo knows (they signed in once), whom admins may suspend.
                        String target = TestUsers.create("cible", "paris-opera");
                        Api.get(Tokens.of(target), "/api/v1/me").then().statusCode(200);
                        return target;
                    };
                case "shop" -> () -> "paris-opera";
                case "lang" -> () -> "fr";
                case "part" -> () -> "1";
                case "type" -> () -> "post";
                case "targetPlural" -> () -> "posts";
                case "post" -> () -> String.valueOf(Api.createPost(token, "idea", "Matrice", List.of()));
                case "comment" ->
                    () -> String.valueOf(
                            Api.comment(token, Long.parseLong(value("id", "/posts/")), "Un commentaire", null));
                case "entry" ->
                    () -> given().auth()
                            .oauth2(token)
                            .contentType("application/json")
                            .body(Map.of("kind", "team_note", "body", "Note d'équipe"))
                            .when()
                            .post("/api/v1/guestbooks/paris-opera/entries")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id")
                            .toString();
                case "watchWord" ->
                    () -> given().auth()
                            .oauth2(Tokens.admin())
                            .contentType("application/json")
                            .body(Map.of("phrase", "matrice" + System.nanoTime(), "action", "flag"))
                            .when()
                            .post("/api/v1/admin/watch-words")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id")
                            .toString();
                case "category" ->
                    () -> given().auth()
                            .oauth2(Tokens.admin())
                            .contentType("application/json")
                            .body(Map.of("name", "Matrice " + System.nanoTime()))
                            .when()
                            .post("/api/v1/categories")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id")
                            .toString();
                case "notification" ->
                    () -> {
                        Api.comment(
                                tokens.get("otherShop").get(),
                                Long.parseLong(value("id", "/posts/")),
                                "Bonjour @" + employee,
                                null);
                        return given().auth()
                                .oauth2(token)
                                .when()
                                .get("/api/v1/notifications")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("[0].id")
                                .toString();
                    };
                case "photo" -> () -> Photos.upload(token);
                case "shopRequest" ->
                    () -> {
                        // Someone whose shop Bravo (not the directory) knows, asking to move: their first choice
                        // applies, the second waits for an admin.
                        String mover = Tokens.of(TestUsers.create("demenage", null));
                        for (String shop : List.of("paris-opera", "lyon-part-dieu")) {
                            given().auth()
                                    .oauth2(mover)
                                    .contentType("application/json")
                                    .body(Map.of("shop", shop))
                                    .when()
                                    .put("/api/v1/me/shop")
                                    .then()
                                    .statusCode(200);
                        }
                        return given().auth()
                                .oauth2(mover)
                                .when()
                                .get("/api/v1/me/shop-request")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("id")
                                .toString();
                    };
                case "video" ->
                    () -> (String)
                            VideoUploads.start(token, "matrice.mp4", 10_000_000).get("videoId");
                default -> throw new IllegalArgumentException("No fixture for " + kind);
            };
        }
    }
}
