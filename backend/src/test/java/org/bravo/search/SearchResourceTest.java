package org.bravo.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bravo.testing.Api;
import org.bravo.testing.Searches;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The search API on the real Elasticsearch, fed by the real outbox. Each test writes as a person of its own and
 * filters on that author, so other tests' posts never change the figures.
 */
@QuarkusTest
class SearchResourceTest {
    private String author;
    private String token;

    @BeforeEach
    void author() {
        Api.ensureShop("paris-opera", "Paris Opéra");
        author = TestUsers.create("chercheur", "paris-opera");
        token = Tokens.of(author);
    }

    @Test
    void accentsTyposElisionsAndPluralsFindWhatWasWritten() {
        long electricity = Api.createPost(token, "practice", "L'électricité du comptoir", List.of("sécurité"));
        long tasting = Api.createPost(token, "practice", "Les conseils de dégustation", List.of("dégustation"));
        long welcome = Api.createPost(token, "idea", "Un accueil chaleureux à Noël", List.of("accueil"));
        awaitTotal(Map.of(), 3);

        assertThat(Searches.ids(search(Map.of("q", "electricite")))).containsExactly(String.valueOf(electricity));
        assertThat(Searches.ids(search(Map.of("q", "ELECTRICITÉ")))).containsExactly(String.valueOf(electricity));
        assertThat(Searches.ids(search(Map.of("q", "acceuil")))).containsExactly(String.valueOf(welcome));
        assertThat(Searches.ids(search(Map.of("q", "conseil")))).containsExactly(String.valueOf(tasting));
        assertThat(Searches.ids(search(Map.of("q", "noel")))).containsExactly(String.valueOf(welcome));
        assertThat(Searches.ids(search(Map.of("q", "plomberie")))).isEmpty();

        JsonPath hit = search(Map.of("q", "electricite"));
        assertThat(hit.getString("items[0].titleHtml"))
                .contains("électricité</mark>")
                .contains("<mark>");
        assertThat(hit.getString("items[0].type")).isEqualTo("post");
        assertThat(hit.getString("items[0].shopName")).isEqualTo("Paris Opéra");
    }

    @Test
    void eachFacetCountsWithTheOtherFiltersSoChoosingAValueKeepsTheOthersVisible() {
        Api.createPost(token, "practice", "Vitrine de Noël", List.of("vitrine"));
        Api.createPost(token, "practice", "Vitrine d'été", List.of("vitrine", "été"));
        Api.createPost(token, "idea", "Vitrine tournante", List.of("vitrine"));
        awaitTotal(Map.of(), 3);

        JsonPath ideas = search(Map.of("kind", "idea"));
        assertThat(ideas.getInt("total")).isEqualTo(1);
        assertThat(Searches.facet(ideas, "kind")).containsEntry("idea", 1).containsEntry("practice", 2);
        assertThat(Searches.facet(ideas, "tag")).containsEntry("vitrine", 1).doesNotContainKey("été");

        JsonPath summer = search(Map.of("tag", "ETE"));
        assertThat(summer.getInt("total"))
                .as("tags match without case or accents")
                .isEqualTo(1);
        assertThat(Searches.facet(summer, "tag")).containsEntry("vitrine", 3).containsEntry("été", 1);
    }

    @Test
    void aCursorWalksEveryResultOnceAndUserTextIsEscaped() {
        Api.createPost(token, "practice", "<script>alert(1)</script> Présentoir", List.of());
        Api.createPost(token, "practice", "Présentoir à gâteaux", List.of());
        Api.createPost(token, "practice", "Présentoir mobile", List.of());
        awaitTotal(Map.of(), 3);

        List<String> seen = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 5; page++) {
            Map<String, String> params = new HashMap<>(Map.of("q", "presentoir", "size", "1", "sort", "newest"));
            if (after != null) {
                params.put("after", after);
            }
            JsonPath result = search(params);
            seen.addAll(Searches.ids(result));
            after = result.getString("next");
            if (after == null) {
                break;
            }
        }
        assertThat(seen).hasSize(3).doesNotHaveDuplicates();

        JsonPath escaped = search(Map.of("q", "script presentoir"));
        String html = escaped.getString("items[0].titleHtml");
        // Only the highlighter's own tags are markup; the title's angle brackets arrive escaped.
        assertThat(html.replace("<mark>", "").replace("</mark>", ""))
                .doesNotContain("<")
                .doesNotContain(">")
                .startsWith("&lt;script&gt;alert(1)&lt;");
        // The quoted text is what the reader saw, without Markdown's marks.
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of(
                        "kind",
                        "practice",
                        "title",
                        "Accueil du matin",
                        "body",
                        "Proposer un **café** _offert_ aux habitués"))
                .when()
                .post("/api/v1/posts")
                .then()
                .statusCode(201);
        awaitTotal(Map.of("q", "habitues"), 1);
        String snippet = search(Map.of("q", "habitues")).getString("items[0].snippetHtml");
        assertThat(snippet)
                .contains("Proposer un café offert aux <mark>habitués</mark>")
                .doesNotContain("*", "_");
    }

    @Test
    void deletedPostsAndDraftsAreNeverFound() {
        long gone = Api.createPost(token, "practice", "Étiquettes effacées", List.of());
        Api.createDraft(token, "Étiquettes en brouillon");
        Api.createPost(token, "practice", "Étiquettes lisibles", List.of());
        awaitTotal(Map.of(), 2);
        given().auth()
                .oauth2(token)
                .when()
                .delete("/api/v1/posts/" + gone)
                .then()
                .statusCode(204);
        awaitTotal(Map.of(), 1);
        assertThat(search(Map.of("q", "etiquettes")).getString("items[0].title"))
                .isEqualTo("Étiquettes lisibles");
    }

    @Test
    void suggestionsOfferTitlesTagsShopsAndPeople() {
        Api.createPost(token, "practice", "Dégustation guidée du matin", List.of("dégustation"));
        Api.createPost(token, "practice", "Les secrets de la mouture fine", List.of());
        awaitTotal(Map.of(), 2);
        List<Map<String, String>> middle = given().auth()
                .oauth2(token)
                .queryParam("q", "moutu")
                .when()
                .get("/api/v1/search/suggest")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(middle)
                .as("a word inside the title suggests the whole title")
                .anySatisfy(s -> assertThat(s)
                        .containsEntry("kind", "title")
                        .containsEntry("text", "Les secrets de la mouture fine"));
        List<Map<String, String>> suggestions = given().auth()
                .oauth2(token)
                .queryParam("q", "degus")
                .when()
                .get("/api/v1/search/suggest")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(suggestions)
                .anySatisfy(s -> assertThat(s)
                        .containsEntry("kind", "title")
                        .containsEntry("text", "Dégustation guidée du matin"));
        assertThat(suggestions)
                .anySatisfy(s -> assertThat(s).containsEntry("kind", "tag").containsEntry("value", "dégustation"));
        List<Map<String, String>> shops = given().auth()
                .oauth2(token)
                .queryParam("q", "opera")
                .when()
                .get("/api/v1/search/suggest")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(shops)
                .anySatisfy(s -> assertThat(s).containsEntry("kind", "shop").containsEntry("value", "paris-opera"));
    }

    @Test
    void badParametersAreRefusedWithTheirFieldAndStrangersAreNot() {
        given().auth()
                .oauth2(token)
                .queryParam("sort", "loudest")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("sort"));
        given().auth()
                .oauth2(token)
                .queryParam("after", "not-a-cursor!")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("after"));
        given().auth()
                .oauth2(token)
                .queryParam("from", "2026-12-01")
                .queryParam("to", "2026-11-01")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("to"));
        given().when().get("/api/v1/search?q=vitrine").then().statusCode(401);
        given().when().get("/api/v1/search/suggest?q=vitrine").then().statusCode(401);
    }

    private JsonPath search(Map<String, String> params) {
        return Searches.search(token, author, params);
    }

    private void awaitTotal(Map<String, String> params, int expected) {
        Searches.awaitTotal(token, author, params, expected);
    }
}
