package org.bravo.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bravo.search.internal.SearchIndex;
import org.bravo.testing.Api;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The index is rebuilt from the database into a new index and swapped in while people search: no query fails, a
 * document lost from Elasticsearch comes back, a change made during the rebuild is there after it.
 */
@QuarkusTest
class SearchReindexTest {
    @Inject
    ElasticsearchClient client;

    @Inject
    SearchIndex index;

    @Test
    void aReindexRestoresWhatTheIndexLostWithoutFailingAQuery() throws Exception {
        Api.ensureShop("paris-opera", "Paris Opéra");
        String author = TestUsers.create("archiviste", "paris-opera");
        String token = Tokens.of(author);
        long lost = Api.createPost(token, "practice", "Carnet des recettes perdues", List.of());
        Api.createPost(token, "practice", "Carnet des clients fidèles", List.of());
        Api.createPost(token, "idea", "Carnet partagé entre boutiques", List.of());
        awaitTotal(token, author, 3);
        String before = index.current().orElseThrow();
        // Elasticsearch loses a document (a disk, an operator's mistake): the database still has it.
        client.delete(d -> d.index(index.alias())
                .id("post:" + lost)
                .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
        awaitTotal(token, author, 2);

        AtomicBoolean searching = new AtomicBoolean(true);
        AtomicInteger queries = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> firstFailure =
                new java.util.concurrent.atomic.AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (searching.get()) {
                io.restassured.response.Response response = given().auth()
                        .oauth2(token)
                        .queryParam("q", "carnet")
                        .queryParam("author", author)
                        .when()
                        .get("/api/v1/search");
                queries.incrementAndGet();
                if (response.statusCode() != 200) {
                    failures.incrementAndGet();
                    firstFailure.compareAndSet(
                            null, response.statusCode() + " " + response.body().asString());
                }
            }
        });
        reader.start();
        try {
            given().auth()
                    .oauth2(Tokens.camille())
                    .when()
                    .post("/api/v1/admin/search/reindex")
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(Tokens.admin())
                    .when()
                    .post("/api/v1/admin/search/reindex")
                    .then()
                    .statusCode(202);
            long during = Api.createPost(token, "practice", "Carnet écrit pendant la reconstruction", List.of());
            String state = awaitFinished();
            assertThat(state).isEqualTo("finished");
            awaitTotal(token, author, 4);
            assertThat(given().auth()
                            .oauth2(token)
                            .queryParam("q", "reconstruction")
                            .queryParam("author", author)
                            .when()
                            .get("/api/v1/search")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("items.id", String.class))
                    .containsExactly(String.valueOf(during));
        } finally {
            searching.set(false);
            reader.join();
        }
        assertThat(queries.get()).as("queries sent during the reindex").isGreaterThan(0);
        assertThat(failures.get())
                .as("failed queries (first: %s)", firstFailure.get())
                .isZero();
        String after = index.current().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        // The replaced index stays a moment for queries still reading it, then goes.
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (client.indices().exists(e -> e.index(before)).value() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(client.indices().exists(e -> e.index(before)).value())
                .as("old index dropped")
                .isFalse();
        assertThat(index.building()).isEmpty();
        given().when().get("/api/v1/admin/search/reindex").then().statusCode(401);
    }

    private static String awaitFinished() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String state;
        do {
            state = given().auth()
                    .oauth2(Tokens.admin())
                    .when()
                    .get("/api/v1/admin/search/reindex")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("state");
            if (!"running".equals(state)) {
                return state;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return state;
    }

    private static void awaitTotal(String token, String author, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        int total;
        do {
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
        } while (System.nanoTime() < deadline);
        throw new AssertionError("Expected " + expected + " results, found " + total);
    }
}
