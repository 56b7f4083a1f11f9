package org.bravo.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.bravo.search.internal.SearchIndexer;

/**
 * Searching as a person would, limited to one author's content: tests share one index, and filtering on a person
 * of their own keeps other tests' content out of the figures.
 */
public final class Searches {
    private Searches() {}

    public static JsonPath search(String token, String author, Map<String, String> params) {
        return given().auth()
                .oauth2(token)
                .queryParams(params)
                .queryParam("author", author)
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Waits (up to 30 s) until the author's search answers {@code expected} results. */
    public static JsonPath awaitTotal(String token, String author, Map<String, String> params, int expected) {
        return await(
                token,
                author,
                params,
                r -> r.getInt("total") == expected,
                "Expected " + expected + " results for " + author + " " + params);
    }

    public static JsonPath await(
            String token, String author, Map<String, String> params, Predicate<JsonPath> done, String what) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        JsonPath result;
        do {
            result = search(token, author, params);
            if (done.test(result)) {
                return result;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError(what + "; last answer: " + result.prettify());
    }

    public static List<String> ids(JsonPath result) {
        return result.getList("items.id", String.class);
    }

    public static Map<String, Integer> facet(JsonPath result, String name) {
        Map<String, Integer> counts = new HashMap<>();
        List<Map<String, Object>> values = result.getList("facets." + name);
        for (Map<String, Object> value : values) {
            counts.put((String) value.get("value"), ((Number) value.get("count")).intValue());
        }
        return counts;
    }

    /** Waits (up to 60 s) until the indexer has sent every noted change to Elasticsearch. */
    public static void awaitDrained(SearchIndexer indexer) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (indexer.pending() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The outbox did not drain: " + indexer.pending() + " left");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
