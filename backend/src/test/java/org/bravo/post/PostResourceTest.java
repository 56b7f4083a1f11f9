package org.bravo.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bravo.testing.Api;
import org.bravo.testing.MissingBodies;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostResourceTest {

    @Test
    void anonymousCanNeitherReadNorWrite() {
        given().when().get("/api/v1/posts").then().statusCode(401);
        given().contentType("application/json")
                .body(Map.of("kind", "practice", "title", "x"))
                .when()
                .post("/api/v1/posts")
                .then()
                .statusCode(401)
                .body("code", equalTo("AUTHENTICATION_REQUIRED"));
    }

    @Test
    void anEmployeeSharesAPracticeFromTheirShop() {
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(Map.of(
                        "kind",
                        "practice",
                        "title",
                        "  Le café d'accueil  ",
                        "body",
                        "Proposer un **café** <script>alert(1)</script> [lien](javascript:alert(1))",
                        "tags",
                        List.of("#Accueil client", "accueil-client", " Dégustation ")))
                .when()
                .post("/api/v1/posts")
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .body("kind", equalTo("practice"))
                .body("title", equalTo("Le café d'accueil"))
                .body("status", nullValue())
                .body("author.username", equalTo("camille"))
                .body("shop.code", equalTo("paris-opera"))
                .body("tags", containsInAnyOrder("accueil-client", "dégustation"))
                .body("bodyHtml", containsString("<strong>café</strong>"))
                .body("bodyHtml", not(containsString("<script")))
                .body("bodyHtml", not(containsString("javascript:")))
                .body("excerpt", not(containsString("**")))
                .body("publishedAt", notNullValue())
                .body("editedAt", nullValue())
                .body("canEdit", equalTo(true))
                .body("draft", equalTo(false));
    }

    @Test
    void ideasAndIrritantsStartAsNew() {
        long idea = Api.createPost(Tokens.camille(), "idea", "Des plateaux plus légers", List.of());
        Api.get(Tokens.lucas(), "/api/v1/posts/" + idea)
                .then()
                .statusCode(200)
                .body("status", equalTo("new"))
                .body("canEdit", equalTo(false))
                .body("canModerate", equalTo(false));
        Api.get(Tokens.moderator(), "/api/v1/posts/" + idea)
                .then()
                .statusCode(200)
                .body("canEdit", equalTo(true))
                .body("canModerate", equalTo(true));
    }

    @Test
    void everyInvalidFieldHasItsOwnCode() {
        Map<String, Object> request = new HashMap<>();
        request.put("kind", "rumour");
        request.put("title", "t".repeat(141));
        request.put("body", "b".repeat(20_001));
        request.put("tags", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"));
        request.put("categoryId", 999_999);
        request.put("photoIds", List.of(UUID.randomUUID().toString()));
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(request)
                .when()
                .post("/api/v1/posts")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.find { it.field == 'kind' }.code", equalTo("INVALID"))
                .body("errors.find { it.field == 'title' }.code", equalTo("TOO_LONG"))
                .body("errors.find { it.field == 'body' }.code", equalTo("TOO_LONG"))
                .body("errors.find { it.field == 'tags' }.code", equalTo("TOO_MANY"))
                .body("errors.find { it.field == 'categoryId' }.code", equalTo("UNKNOWN"));
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(Map.of())
                .when()
                .post("/api/v1/posts")
                .then()
                .statusCode(422)
                .body("errors.find { it.field == 'kind' }.code", equalTo("REQUIRED"))
                .body("errors.find { it.field == 'title' }.code", equalTo("REQUIRED"));
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(Map.of(
                        "kind",
                        "practice",
                        "title",
                        "Photo inconnue",
                        "photoIds",
                        List.of(UUID.randomUUID().toString())))
                .when()
                .post("/api/v1/posts")
                .then()
                .statusCode(422)
                .body("errors.find { it.field == 'photoIds' }.code", equalTo("UNKNOWN"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body("{\"kind\": ")
                .when()
                .post("/api/v1/posts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_REQUEST"));
    }

    @Test
    void aDraftIsOnlyItsAuthorsUntilPublished() {
        long draft = Api.createDraft(Tokens.camille(), "Brouillon secret");
        Api.get(Tokens.camille(), "/api/v1/posts/" + draft)
                .then()
                .statusCode(200)
                .body("draft", equalTo(true))
                .body("publishedAt", nullValue());
        Api.get(Tokens.lucas(), "/api/v1/posts/" + draft)
                .then()
                .statusCode(404)
                .body("code", equalTo("POST_NOT_FOUND"));
        Api.get(Tokens.moderator(), "/api/v1/posts/" + draft).then().statusCode(404);
        Api.get(Tokens.camille(), "/api/v1/posts/drafts").then().statusCode(200).body("id", hasItem((int) draft));
        Api.get(Tokens.lucas(), "/api/v1/posts/drafts").then().statusCode(200).body("id", not(hasItem((int) draft)));
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .put("/api/v1/posts/" + draft + "/bravo")
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(Map.of("title", "Brouillon publié", "body", "prêt", "draft", false))
                .when()
                .put("/api/v1/posts/" + draft)
                .then()
                .statusCode(200)
                .body("draft", equalTo(false))
                .body("publishedAt", notNullValue())
                .body("editedAt", nullValue());
        Api.get(Tokens.lucas(), "/api/v1/posts/" + draft)
                .then()
                .statusCode(200)
                .body("title", equalTo("Brouillon publié"));
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(Map.of("title", "Brouillon publié", "draft", true))
                .when()
                .put("/api/v1/posts/" + draft)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("draft"));
    }

    @Test
    void onlyTheAuthorOrAModeratorEdits() {
        long post = Api.createPost(Tokens.camille(), "practice", "Vitrine de saison", List.of("vitrine"));
        Map<String, Object> edit =
                Map.of("title", "Vitrine d'hiver", "body", "Des pommes de pin", "tags", List.of("vitrine"));
        given().auth()
                .oauth2(Tokens.lucas())
                .contentType("application/json")
                .body(edit)
                .when()
                .put("/api/v1/posts/" + post)
                .then()
                .statusCode(403)
                .body("code", equalTo("NOT_YOUR_POST"));
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(edit)
                .when()
                .put("/api/v1/posts/" + post)
                .then()
                .statusCode(200)
                .body("title", equalTo("Vitrine d'hiver"))
                .body("editedAt", notNullValue());
        given().auth()
                .oauth2(Tokens.moderator())
                .contentType("application/json")
                .body(Map.of("title", "Vitrine d'hiver (corrigée)"))
                .when()
                .put("/api/v1/posts/" + post)
                .then()
                .statusCode(200)
                .body("title", equalTo("Vitrine d'hiver (corrigée)"))
                .body("author.username", equalTo("camille"));
    }

    @Test
    void aDeletedPostIsGoneForEveryone() {
        long post = Api.createPost(Tokens.camille(), "irritant", "Caisse trop lente", List.of());
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .delete("/api/v1/posts/" + post)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .delete("/api/v1/posts/" + post)
                .then()
                .statusCode(204);
        for (String token : List.of(Tokens.camille(), Tokens.lucas(), Tokens.moderator(), Tokens.admin())) {
            Api.get(token, "/api/v1/posts/" + post).then().statusCode(404).body("code", equalTo("POST_NOT_FOUND"));
        }
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .delete("/api/v1/posts/" + post)
                .then()
                .statusCode(404);
    }

    @Test
    void aModeratorDeletesAnyPost() {
        long post = Api.createPost(Tokens.lucas(), "practice", "Hors sujet", List.of());
        given().auth()
                .oauth2(Tokens.moderator())
                .when()
                .delete("/api/v1/posts/" + post)
                .then()
                .statusCode(204);
        Api.get(Tokens.lucas(), "/api/v1/posts/" + post).then().statusCode(404);
    }

    @Test
    void categoriesAreManagedByAdmins() {
        String name = "Accueil " + System.nanoTime();
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(Map.of("name", name))
                .when()
                .post("/api/v1/categories")
                .then()
                .statusCode(403);
        int id = given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of("name", name, "position", 1))
                .when()
                .post("/api/v1/categories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of("name", name.toUpperCase()))
                .when()
                .post("/api/v1/categories")
                .then()
                .statusCode(409)
                .body("code", equalTo("CATEGORY_NAME_TAKEN"));
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(Map.of("kind", "practice", "title", "Avec catégorie", "categoryId", id))
                .when()
                .post("/api/v1/posts")
                .then()
                .statusCode(201)
                .body("category.name", equalTo(name));
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/v1/categories/" + id)
                .then()
                .statusCode(204);
    }

    @Test
    void tagsAreSuggestedFromExistingOnes() {
        String tag = "degustation" + System.nanoTime() % 100000;
        Api.createPost(Tokens.camille(), "practice", "Dégustation guidée", List.of(tag));
        Api.createPost(Tokens.lucas(), "practice", "Dégustation à l'aveugle", List.of(tag));
        given().auth()
                .oauth2(Tokens.camille())
                .queryParam("q", tag.substring(0, 8).toUpperCase())
                .when()
                .get("/api/v1/tags")
                .then()
                .statusCode(200)
                .body("find { it.tag == '" + tag + "' }.count", equalTo(2));
    }

    @Test
    void aPostWithoutABodyIsRefusedFieldByFieldLikeAnEmptyOne() {
        assertThat(MissingBodies.answerLikeAnEmptyObject(Tokens.camille(), "POST", "/api/v1/posts"))
                .contains(Map.of("field", "kind", "code", "REQUIRED"), Map.of("field", "title", "code", "REQUIRED"));
        long id = Api.createPost(Tokens.camille(), "practice", "Sans corps", List.of());
        assertThat(MissingBodies.answerLikeAnEmptyObject(Tokens.camille(), "PUT", "/api/v1/posts/" + id))
                .contains(Map.of("field", "title", "code", "REQUIRED"));
    }
}
