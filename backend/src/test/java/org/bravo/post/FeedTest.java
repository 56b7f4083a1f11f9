package org.bravo.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bravo.testing.Api;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeedTest {

    private static JsonPath page(String token, Map<String, ?> query) {
        return given().auth()
                .oauth2(token)
                .queryParams(query)
                .when()
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aTagFeedPagesThroughEveryPostOnceNewestFirst() {
        String tag = "page" + System.nanoTime();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            created.add(Api.createPost(
                    i % 2 == 0 ? Tokens.camille() : Tokens.lucas(), "practice", "Post " + i, List.of(tag)));
        }
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> query = new java.util.HashMap<>(Map.of("tag", tag, "limit", 10));
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            JsonPath page = page(Tokens.camille(), query);
            seen.addAll(page.getList("items.id", Long.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        List<Long> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void kindAndShopFiltersOnlyKeepMatchingPosts() {
        String tag = "filtre" + System.nanoTime();
        Api.createPost(Tokens.camille(), "idea", "Idée", List.of(tag));
        Api.createPost(Tokens.camille(), "practice", "Pratique", List.of(tag));
        Api.createPost(Tokens.lucas(), "irritant", "Irritant", List.of(tag));
        JsonPath ideas = page(Tokens.lucas(), Map.of("tag", tag, "kind", "idea"));
        assertThat(ideas.getList("items.title", String.class)).containsExactly("Idée");
        JsonPath lyon = page(Tokens.lucas(), Map.of("tag", tag, "shop", "lyon-confluence"));
        assertThat(lyon.getList("items.title", String.class)).containsExactly("Irritant");
        JsonPath byCamille = page(Tokens.lucas(), Map.of("tag", tag, "author", "camille"));
        assertThat(byCamille.getList("items.title", String.class)).containsExactlyInAnyOrder("Idée", "Pratique");
    }

    @Test
    void topFeedsRankByBravos() {
        String tag = "top" + System.nanoTime();
        long one = Api.createPost(Tokens.camille(), "practice", "Un bravo", List.of(tag));
        long three = Api.createPost(Tokens.camille(), "practice", "Trois bravos", List.of(tag));
        Api.createPost(Tokens.camille(), "practice", "Aucun", List.of(tag));
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .put("/api/v1/posts/" + one + "/bravo")
                .then()
                .statusCode(200);
        for (String token : List.of(Tokens.lucas(), Tokens.moderator(), Tokens.admin())) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .put("/api/v1/posts/" + three + "/bravo")
                    .then()
                    .statusCode(200);
        }
        for (String period : List.of("week", "month", "all")) {
            JsonPath top = page(Tokens.lucas(), Map.of("tag", tag, "sort", "top", "period", period));
            assertThat(top.getList("items.title", String.class)).containsExactly("Trois bravos", "Un bravo", "Aucun");
            assertThat(top.getList("items.bravoCount", Integer.class)).containsExactly(3, 1, 0);
        }
        JsonPath firstTwo = page(Tokens.lucas(), Map.of("tag", tag, "sort", "top", "limit", 2));
        JsonPath rest = page(
                Tokens.lucas(),
                Map.of("tag", tag, "sort", "top", "limit", 2, "cursor", firstTwo.getString("nextCursor")));
        assertThat(rest.getList("items.title", String.class)).containsExactly("Aucun");
        assertThat(rest.getString("nextCursor")).isNull();
    }

    @Test
    void aCursorFromAnotherFeedOrMadeUpIsRefused() {
        String tag = "curseur" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            Api.createPost(Tokens.camille(), "practice", "C" + i, List.of(tag));
        }
        String latestCursor =
                page(Tokens.camille(), Map.of("tag", tag, "limit", 1)).getString("nextCursor");
        given().auth()
                .oauth2(Tokens.camille())
                .queryParams(Map.of("sort", "top", "cursor", latestCursor))
                .when()
                .get("/api/v1/posts")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("cursor"))
                .body("errors[0].code", equalTo("INVALID"));
        given().auth()
                .oauth2(Tokens.camille())
                .queryParam("cursor", "not-a-cursor")
                .when()
                .get("/api/v1/posts")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("cursor"));
        given().auth()
                .oauth2(Tokens.camille())
                .queryParam("sort", "random")
                .when()
                .get("/api/v1/posts")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("sort"));
        given().auth()
                .oauth2(Tokens.camille())
                .queryParam("limit", 500)
                .when()
                .get("/api/v1/posts")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void anAdminPinsAPostAboveTheFeedForAFewDays() {
        String tag = "epingle" + System.nanoTime();
        long pinned = Api.createPost(Tokens.camille(), "practice", "Important", List.of(tag));
        Api.createPost(Tokens.camille(), "practice", "Plus récent", List.of(tag));
        given().auth()
                .oauth2(Tokens.moderator())
                .contentType("application/json")
                .body(Map.of("days", 3))
                .when()
                .put("/api/v1/posts/" + pinned + "/pin")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of("days", 8))
                .when()
                .put("/api/v1/posts/" + pinned + "/pin")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("days"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of("days", 3))
                .when()
                .put("/api/v1/posts/" + pinned + "/pin")
                .then()
                .statusCode(200)
                .body("pinnedUntil", not(nullValue()));

        given().auth()
                .oauth2(Tokens.lucas())
                .queryParam("tag", tag)
                .when()
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .body("pinned.id", hasItem((int) pinned))
                .body("items.id", not(hasItem((int) pinned)))
                .body("items.title", everyItem(equalTo("Plus récent")));

        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/v1/posts/" + pinned + "/pin")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.lucas())
                .queryParam("tag", tag)
                .when()
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .body("pinned.size()", equalTo(0))
                .body("items.size()", equalTo(2));
    }

    @Test
    void deletedPostsAndDraftsNeverReachAFeed() {
        String tag = "cache" + System.nanoTime();
        long deleted = Api.createPost(Tokens.camille(), "practice", "Supprimé", List.of(tag));
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(Map.of("kind", "practice", "title", "Brouillon", "tags", List.of(tag), "draft", true))
                .when()
                .post("/api/v1/posts")
                .then()
                .statusCode(201);
        Api.createPost(Tokens.camille(), "practice", "Visible", List.of(tag));
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .delete("/api/v1/posts/" + deleted)
                .then()
                .statusCode(204);
        for (String sort : List.of("latest", "top")) {
            assertThat(page(Tokens.camille(), Map.of("tag", tag, "sort", sort)).getList("items.title", String.class))
                    .containsExactly("Visible");
        }
    }

    /**
     * Nobody names a shop when they write: a post goes to the shop its author works in at that moment, so a shop's
     * feed (the shop page asks for {@code shop=<code>}) shows what its people wrote there. Someone moved to another
     * shop writes for the new one from then on, and what they wrote before stays with the shop they wrote it in.
     */
    @Test
    void aPostGoesToTheShopItsAuthorWorksInAndFollowsThemWhenTheyMove() {
        Api.ensureShop("lyon-confluence", "Lyon Confluence");
        Api.ensureShop("paris-opera", "Paris Opéra");
        // No shop in the directory: Bravo's own record of the person is what places them.
        String newcomer = TestUsers.create("valerie", null);
        given().auth()
                .oauth2(Tokens.of(newcomer))
                .contentType("application/json")
                .body(Map.of("shop", "lyon-confluence"))
                .when()
                .put("/api/v1/me/shop")
                .then()
                .statusCode(200);
        String tag = "boutique" + System.nanoTime();
        Api.createPost(Tokens.of(newcomer), "practice", "De Lyon", List.of(tag));
        Api.createPost(Tokens.camille(), "practice", "De Paris", List.of(tag));

        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of("shop", "paris-opera"))
                .when()
                .put("/api/v1/people/" + newcomer + "/shop")
                .then()
                .statusCode(200);
        Api.createPost(Tokens.of(newcomer), "practice", "Arrivée à Paris", List.of(tag));

        JsonPath lyon = page(Tokens.of(newcomer), Map.of("tag", tag, "shop", "lyon-confluence"));
        assertThat(lyon.getList("items.title", String.class)).containsExactly("De Lyon");
        JsonPath paris = page(Tokens.of(newcomer), Map.of("tag", tag, "shop", "paris-opera"));
        assertThat(paris.getList("items.title", String.class)).containsExactly("Arrivée à Paris", "De Paris");
        assertThat(page(Tokens.lucas(), Map.of("tag", tag)).getList("items.shop.code", String.class))
                .containsExactly("paris-opera", "paris-opera", "lyon-confluence");
    }
}
