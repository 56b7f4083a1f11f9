package org.bravo.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.bravo.search.internal.SearchIndexer;
import org.bravo.testing.Api;
import org.bravo.testing.RealStackResource;
import org.bravo.testing.Searches;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch goes away, really (the stack manager stops it): people keep writing, search says it is unavailable,
 * and once Elasticsearch is back every change made meanwhile is reflected, and nothing else.
 */
@QuarkusTest
class SearchOutageTest {
    @Inject
    SearchIndexer indexer;

    @Test
    void changesMadeWhileElasticsearchIsDownAreAllThereOnceItIsBack() {
        Api.ensureShop("paris-opera", "Paris Opéra");
        String author = TestUsers.create("panne", "paris-opera");
        String token = Tokens.of(author);
        long kept = Api.createPost(token, "practice", "Carafe d'eau offerte", List.of("accueil"));
        long deleted = Api.createPost(token, "practice", "Sucre en morceaux", List.of());
        long edited = Api.createPost(token, "idea", "Ancien titre de l'idée", List.of());
        Searches.awaitTotal(token, author, Map.of(), 3);

        RealStackResource.stack().stopServer("elasticsearch");
        long created;
        long comment;
        try {
            created = Api.createPost(token, "practice", "Tasses préchauffées", List.of("service"));
            given().auth()
                    .oauth2(token)
                    .contentType("application/json")
                    .body(Map.of(
                            "kind",
                            "idea",
                            "title",
                            "Sous-tasses assorties",
                            "body",
                            "Nouveau texte",
                            "tags",
                            List.of("vaisselle")))
                    .when()
                    .put("/api/v1/posts/" + edited)
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(token)
                    .when()
                    .delete("/api/v1/posts/" + deleted)
                    .then()
                    .statusCode(204);
            comment = Api.comment(token, kept, "Une carafe fraîche par table", null);
            given().auth()
                    .oauth2(Tokens.lucas())
                    .when()
                    .put("/api/v1/posts/" + kept + "/bravo")
                    .then()
                    .statusCode(200);

            given().auth()
                    .oauth2(token)
                    .queryParam("q", "carafe")
                    .when()
                    .get("/api/v1/search")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("code", equalTo("SEARCH_UNAVAILABLE"));
            // What was written is saved and readable while search is away.
            Api.get(token, "/api/v1/posts/" + created).then().statusCode(200);
            assertThat(indexer.pending()).as("changes wait in the outbox").isGreaterThanOrEqualTo(5);
        } finally {
            RealStackResource.stack().startServer("elasticsearch");
        }

        awaitSearchAnswers(token);
        Searches.awaitTotal(token, author, Map.of("sort", "newest", "size", "50"), 4);
        Searches.awaitDrained(indexer);
        JsonPath all;
        all = Searches.search(token, author, Map.of("sort", "newest", "size", "50"));
        assertThat(all.getList("items", Map.class))
                .extracting(i -> i.get("type") + ":" + i.get("id"))
                .containsExactlyInAnyOrder("post:" + kept, "post:" + edited, "post:" + created, "comment:" + comment);
        assertThat(Searches.ids(Searches.search(token, author, Map.of("q", "sous-tasses"))))
                .containsExactly(String.valueOf(edited));
        assertThat(Searches.ids(Searches.search(token, author, Map.of("q", "ancien titre"))))
                .isEmpty();
        assertThat(Searches.ids(Searches.search(token, author, Map.of("q", "sucre"))))
                .isEmpty();
        JsonPath carafe = Searches.search(token, author, Map.of("q", "carafe", "type", "post"));
        assertThat(carafe.getInt("items[0].bravos"))
                .as("the bravo given meanwhile")
                .isEqualTo(1);
        assertThat(Searches.facet(all, "tag"))
                .containsEntry("vaisselle", 1)
                .containsEntry("service", 1)
                .containsEntry("accueil", 1)
                .hasSize(3);
    }

    /** Elasticsearch answers before its index is open again; search says "unavailable" until then. */
    private static void awaitSearchAnswers(String token) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        int status;
        do {
            status = given().auth()
                    .oauth2(token)
                    .queryParam("q", "carafe")
                    .when()
                    .get("/api/v1/search")
                    .statusCode();
            if (status == 200) {
                return;
            }
            assertThat(status).as("only unavailable while it recovers").isEqualTo(503);
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("Search still unavailable a minute after Elasticsearch came back");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
