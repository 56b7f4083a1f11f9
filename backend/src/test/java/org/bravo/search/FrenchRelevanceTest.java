package org.bravo.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bravo.testing.Api;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The French relevance suite: what people type on phones (no accents, typos, plurals, elisions, capitals) against
 * what colleagues wrote. Documents and query/expected pairs live in {@code search/relevance-fr.json}; each expected
 * post must rank within {@code within} for its query, through the real API and the real Elasticsearch. The posts are
 * one fresh author's, and every query filters on that author, so other tests' data cannot move the ranks.
 */
@QuarkusTest
class FrenchRelevanceTest {

    @Test
    void everyQueryFindsItsPostNearTheTop() throws IOException, InterruptedException {
        JsonNode suite;
        try (InputStream in = getClass().getResourceAsStream("/search/relevance-fr.json")) {
            suite = new ObjectMapper().readTree(in);
        }
        Api.ensureShop("paris-opera", "Paris Opéra");
        String author = TestUsers.create("pertinence", "paris-opera");
        String token = Tokens.of(author);
        Map<String, String> ids = new HashMap<>();
        for (JsonNode doc : suite.get("documents")) {
            List<String> tags = new ArrayList<>();
            doc.get("tags").forEach(tag -> tags.add(tag.asText()));
            long id = ((Number) given().auth()
                            .oauth2(token)
                            .contentType("application/json")
                            .body(Map.of(
                                    "kind",
                                    doc.get("kind").asText(),
                                    "title",
                                    doc.get("title").asText(),
                                    "body",
                                    doc.get("body").asText(),
                                    "tags",
                                    tags))
                            .when()
                            .post("/api/v1/posts")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"))
                    .longValue();
            ids.put(String.valueOf(id), doc.get("key").asText());
        }
        awaitIndexed(token, author, ids.size());

        List<String> misses = new ArrayList<>();
        int pairs = 0;
        for (JsonNode query : suite.get("queries")) {
            pairs++;
            String q = query.get("q").asText();
            String expected = query.get("expect").asText();
            int within = query.get("within").asInt();
            List<String> ranked = given()
                    .auth()
                    .oauth2(token)
                    .queryParam("q", q)
                    .queryParam("author", author)
                    .when()
                    .get("/api/v1/search")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.id", String.class)
                    .stream()
                    .map(ids::get)
                    .toList();
            int rank = ranked.indexOf(expected) + 1;
            if (rank == 0 || rank > within) {
                misses.add(String.format(
                        "\"%s\" (%s): expected %s within %d, got %s",
                        q, query.get("why").asText(), expected, within, ranked));
            }
        }
        System.out.printf(
                "French relevance: %d of %d queries found their post in place%n", pairs - misses.size(), pairs);
        assertThat(pairs).isGreaterThanOrEqualTo(30);
        assertThat(misses).as("queries that missed").isEmpty();
    }

    private static void awaitIndexed(String token, String author, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        int total = 0;
        while (System.nanoTime() < deadline) {
            total = given().auth()
                    .oauth2(token)
                    .queryParam("author", author)
                    .when()
                    .get("/api/v1/search")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("total");
            if (total == expected) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Expected " + expected + " indexed posts, found " + total);
    }
}
