package org.bravo.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bravo.search.internal.SearchIndexer;
import org.bravo.testing.Api;
import org.bravo.testing.Searches;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.bravo.testing.VideoUploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of content in one search, on the real Elasticsearch fed by the real outbox: comments and videos found
 * under their page, guestbook entries, captions with the moment to jump to; and what is hidden or deleted gone at
 * once, before the index catches up.
 */
@QuarkusTest
class SearchContentTypesTest {
    @Inject
    ElasticsearchClient elasticsearch;

    @Inject
    SearchIndexer indexer;

    @TempDir
    Path dir;

    private String author;
    private String token;

    @BeforeEach
    void author() {
        Api.ensureShop("paris-opera", "Paris Opéra");
        author = TestUsers.create("fouineur", "paris-opera");
        token = Tokens.of(author);
    }

    @Test
    void commentsAndEntriesAreFoundUnderTheirPageAndFollowIt() {
        long post = Api.createPost(token, "practice", "Le moulin à café", List.of("mouture"));
        long comment = Api.comment(token, post, "Astuce : régler la meule chaque matin", null);
        long entry = entry("Dégustation d'un café éthiopien avec les clients");
        JsonPath all = Searches.awaitTotal(token, author, Map.of(), 3);
        assertThat(Searches.facet(all, "type"))
                .containsEntry("post", 1)
                .containsEntry("comment", 1)
                .containsEntry("entry", 1);

        JsonPath meule = search(Map.of("q", "meules"));
        assertThat(Searches.ids(meule)).containsExactly(String.valueOf(comment));
        assertThat(meule.getString("items[0].type")).isEqualTo("comment");
        assertThat(meule.getString("items[0].parentType")).isEqualTo("post");
        assertThat(meule.getString("items[0].parentId")).isEqualTo(String.valueOf(post));
        assertThat(meule.getString("items[0].parentTitle")).isEqualTo("Le moulin à café");
        assertThat(meule.getString("items[0].snippetHtml")).contains("<mark>meule</mark>");
        assertThat(meule.getString("items[0].shop"))
                .as("a comment is filtered by its page's shop")
                .isEqualTo("paris-opera");

        JsonPath ethiopian = search(Map.of("q", "ethiopien"));
        assertThat(Searches.ids(ethiopian)).containsExactly(String.valueOf(entry));
        assertThat(ethiopian.getString("items[0].type")).isEqualTo("entry");
        assertThat(ethiopian.getString("items[0].kind")).isEqualTo("experiment");
        assertThat(ethiopian.getString("items[0].shopName")).isEqualTo("Paris Opéra");
        assertThat(search(Map.of("type", "comment")).getInt("total")).isEqualTo(1);

        // A moderator hides the entry: gone from the very next search, back once restored.
        given().auth()
                .oauth2(Tokens.moderator())
                .contentType("application/json")
                .body(Map.of("reason", "Un client reconnaissable"))
                .when()
                .put("/api/v1/entries/" + entry + "/hidden")
                .then()
                .statusCode(200);
        assertThat(Searches.ids(search(Map.of("q", "ethiopien")))).isEmpty();
        given().auth()
                .oauth2(Tokens.moderator())
                .when()
                .delete("/api/v1/entries/" + entry + "/hidden")
                .then()
                .statusCode(200);
        Searches.awaitTotal(token, author, Map.of("q", "ethiopien"), 1);

        // The post is deleted: its comment goes with it at once, and leaves the index soon after.
        given().auth()
                .oauth2(token)
                .when()
                .delete("/api/v1/posts/" + post)
                .then()
                .statusCode(204);
        assertThat(Searches.ids(search(Map.of("q", "meule")))).isEmpty();
        Searches.awaitTotal(token, author, Map.of(), 1);
        Searches.awaitDrained(indexer);
        assertThat(indexed("comment:" + comment))
                .as("the comment left the index with its post")
                .isNull();
    }

    @Test
    void whatIsDeletedIsGoneAtOnceEvenWhileTheIndexStillHoldsIt() throws Exception {
        long post = Api.createPost(token, "practice", "Présentoir à macarons", List.of());
        Searches.awaitTotal(token, author, Map.of("q", "macarons"), 1);
        Searches.awaitDrained(indexer);
        Map<?, ?> source = indexed("post:" + post);
        assertThat(source).isNotNull();

        given().auth()
                .oauth2(token)
                .when()
                .delete("/api/v1/posts/" + post)
                .then()
                .statusCode(204);
        Searches.awaitDrained(indexer);
        // The index lags behind (Elasticsearch slow, indexer busy): put the deleted post back, as if not yet removed.
        elasticsearch.index(i ->
                i.index("bravo-content").id("post:" + post).document(source).refresh(Refresh.True));
        try {
            assertThat(indexed("post:" + post)).as("the index still holds it").isNotNull();
            JsonPath result = search(Map.of("q", "macarons"));
            assertThat(Searches.ids(result)).isEmpty();
            assertThat(result.getInt("total")).isZero();
        } finally {
            elasticsearch.delete(
                    d -> d.index("bravo-content").id("post:" + post).refresh(Refresh.True));
        }
    }

    @Test
    void captionsFindTheVideoAtTheMomentTheLineIsSaid() {
        VideoUploads.FilmedPost filmed = VideoUploads.postWithCaptionedFilm(token, dir);
        String video = filmed.videoId();
        long post = filmed.postId();

        JsonPath rosace = Searches.awaitTotal(token, author, Map.of("q", "rosaces"), 1);
        assertThat(rosace.getString("items[0].type")).isEqualTo("video");
        assertThat(rosace.getString("items[0].id")).isEqualTo(video);
        assertThat(rosace.getString("items[0].parentType")).isEqualTo("post");
        assertThat(rosace.getString("items[0].parentId")).isEqualTo(String.valueOf(post));
        assertThat(rosace.getString("items[0].parentTitle")).isEqualTo("Le latte art en trois gestes");
        assertThat(rosace.getLong("items[0].startMs")).isEqualTo(1500L);
        assertThat(rosace.getString("items[0].snippetHtml")).contains("<mark>rosace</mark>");
        assertThat(search(Map.of("q", "mouser")).getLong("items[0].startMs"))
                .as("a typo, the first line")
                .isEqualTo(500L);

        // Captions removed: nothing is said in the film any more.
        given().auth()
                .oauth2(token)
                .when()
                .delete("/api/v1/videos/" + video + "/captions/fr")
                .then()
                .statusCode(204);
        Searches.awaitTotal(token, author, Map.of("q", "rosace"), 0);
    }

    private long entry(String body) {
        return ((Number) given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(Map.of("kind", "experiment", "body", body, "photosShowCustomer", false))
                        .when()
                        .post("/api/v1/guestbooks/paris-opera/entries")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    private JsonPath search(Map<String, String> params) {
        return Searches.search(token, author, params);
    }

    private Map<?, ?> indexed(String key) {
        try {
            GetResponse<Map> found =
                    elasticsearch.get(g -> g.index("bravo-content").id(key), Map.class);
            return found.found() ? found.source() : null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
