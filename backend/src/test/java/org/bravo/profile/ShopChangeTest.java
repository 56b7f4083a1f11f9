package org.bravo.profile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bravo.testing.Api;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Head office, and changes of shop as requests an admin decides (the default, {@code approval}). */
@QuarkusTest
class ShopChangeTest {

    @BeforeEach
    void shops() {
        Api.ensureShop("paris-opera", "Paris Opéra");
        Api.ensureShop("lyon-confluence", "Lyon Confluence");
    }

    @Test
    void aFirstChoiceAppliesAtOnceAndALaterChangeWaitsForAnAdminsApproval() {
        String zoe = TestUsers.create("zoe", null);
        String token = Tokens.of(zoe);
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("needsShop", equalTo(true))
                .body("headOffice", equalTo(false));
        choose(token, Map.of("shop", "lyon-confluence"))
                .then()
                .statusCode(200)
                .body("shop", equalTo("lyon-confluence"))
                .body("needsShop", equalTo(false))
                .body("shopRequest", nullValue());

        choose(token, Map.of("shop", "paris-opera"))
                .then()
                .statusCode(200)
                .body("shop", equalTo("lyon-confluence"))
                .body("shopRequest.toShop", equalTo("paris-opera"));
        long id = ((Number) given().auth()
                        .oauth2(token)
                        .when()
                        .get("/api/v1/me/shop-request")
                        .then()
                        .statusCode(200)
                        .body("fromShop.code", equalTo("lyon-confluence"))
                        .body("toShop.name", equalTo("Paris Opéra"))
                        .body("status", equalTo("pending"))
                        .extract()
                        .path("id"))
                .longValue();
        assertThat(pendingIds()).contains(id);

        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/admin/shop-requests/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("approved"))
                .body("person.username", equalTo(zoe));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("shop", equalTo("paris-opera"))
                .body("shopRequest", nullValue());
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me/shop-request")
                .then()
                .statusCode(204);
        assertThat(pendingIds()).doesNotContain(id);
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("[0].type", equalTo("shop_request_decided"))
                .body("[0].data.status", equalTo("approved"))
                .body("[0].data.toShopName", equalTo("Paris Opéra"));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("action", "person.approve_shop_request")
                .when()
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.subject?.username == '" + zoe + "' }.action",
                        equalTo("person.approve_shop_request"))
                .body("items.find { it.subject?.username == '" + zoe + "' }.before.shop", equalTo("lyon-confluence"))
                .body("items.find { it.subject?.username == '" + zoe + "' }.after.shop", equalTo("paris-opera"));

        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/admin/shop-requests/" + id + "/approve")
                .then()
                .statusCode(409)
                .body("code", equalTo("SHOP_REQUEST_DECIDED"));
    }

    @Test
    void headOfficeNeedsNoShopAndMovingToAShopIsARequestTheyMayWithdraw() {
        String ines = TestUsers.create("ines", null);
        String token = Tokens.of(ines);
        choose(token, Map.of("headOffice", true))
                .then()
                .statusCode(200)
                .body("headOffice", equalTo(true))
                .body("shop", nullValue())
                .body("needsShop", equalTo(false));
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .get("/api/v1/people/" + ines)
                .then()
                .statusCode(200)
                .body("headOffice", equalTo(true))
                .body("shop", nullValue());

        choose(token, Map.of("shop", "paris-opera"))
                .then()
                .statusCode(200)
                .body("headOffice", equalTo(true))
                .body("shopRequest.toShop", equalTo("paris-opera"));
        // A new request replaces the pending one: one per person.
        choose(token, Map.of("shop", "lyon-confluence"))
                .then()
                .statusCode(200)
                .body("shopRequest.toShop", equalTo("lyon-confluence"));
        JsonPath pending = pendingPages();
        assertThat(pending.getList("findAll { it.person.username == '" + ines + "' }"))
                .hasSize(1);

        given().auth()
                .oauth2(token)
                .when()
                .delete("/api/v1/me/shop-request")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("shopRequest", nullValue())
                .body("headOffice", equalTo(true));
        given().auth()
                .oauth2(token)
                .when()
                .delete("/api/v1/me/shop-request")
                .then()
                .statusCode(404)
                .body("code", equalTo("SHOP_REQUEST_NOT_FOUND"));
    }

    @Test
    void aDeclinedRequestLeavesThePersonWhereTheyWereAndTellsThemWhy() {
        String theo = TestUsers.create("theo", null);
        String token = Tokens.of(theo);
        choose(token, Map.of("shop", "paris-opera")).then().statusCode(200);
        choose(token, Map.of("headOffice", true))
                .then()
                .statusCode(200)
                .body("shopRequest.toHeadOffice", equalTo(true))
                .body("shop", equalTo("paris-opera"));
        long id = ((Number) given().auth()
                        .oauth2(token)
                        .when()
                        .get("/api/v1/me/shop-request")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"))
                .longValue();

        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of("reason", "x".repeat(501)))
                .when()
                .post("/api/v1/admin/shop-requests/" + id + "/decline")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(Map.of("reason", "Vous êtes toujours en boutique"))
                .when()
                .post("/api/v1/admin/shop-requests/" + id + "/decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("declined"));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("shop", equalTo("paris-opera"))
                .body("headOffice", equalTo(false))
                .body("shopRequest", nullValue());
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("[0].type", equalTo("shop_request_decided"))
                .body("[0].data.status", equalTo("declined"))
                .body("[0].data.toHeadOffice", equalTo(true))
                .body("[0].data.reason", equalTo("Vous êtes toujours en boutique"));
    }

    @Test
    void aShopFromTheDirectoryIsChangedThereNotInBravo() {
        String dora = TestUsers.create("dora", "paris-opera");
        String token = Tokens.of(dora);
        choose(token, Map.of("shop", "lyon-confluence"))
                .then()
                .statusCode(409)
                .body("code", equalTo("SHOP_FROM_DIRECTORY"));
        choose(token, Map.of("headOffice", true)).then().statusCode(409).body("code", equalTo("SHOP_FROM_DIRECTORY"));
        // Saying where one already works changes nothing, and is no error.
        choose(token, Map.of("shop", "paris-opera")).then().statusCode(200).body("shop", equalTo("paris-opera"));
    }

    @Test
    void aRequestIsNotApprovedOnceTheDirectoryGivesTheShop() {
        String remi = TestUsers.create("remi", null);
        String token = Tokens.of(remi);
        choose(token, Map.of("shop", "paris-opera")).then().statusCode(200);
        choose(token, Map.of("shop", "lyon-confluence")).then().statusCode(200);
        long id = ((Number) given().auth()
                        .oauth2(token)
                        .when()
                        .get("/api/v1/me/shop-request")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"))
                .longValue();

        // The directory now places them: it wins at their next sign-in, so approving would be undone.
        TestUsers.setDirectoryShop(remi, "paris-opera");
        given().auth()
                .oauth2(Tokens.fresh(remi))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("shop", equalTo("paris-opera"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/admin/shop-requests/" + id + "/approve")
                .then()
                .statusCode(409)
                .body("code", equalTo("SHOP_FROM_DIRECTORY"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/admin/shop-requests/" + id + "/decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("declined"));
    }

    @Test
    void invalidChoicesAreRefusedPerField() {
        String token = Tokens.of(TestUsers.create("yann", null));
        choose(token, Map.of("shop", "atlantis"))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("shop"))
                .body("errors[0].code", equalTo("UNKNOWN"));
        choose(token, Map.of()).then().statusCode(422).body("errors[0].code", equalTo("REQUIRED"));
        choose(token, Map.of("shop", "paris-opera", "headOffice", true))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("shop"))
                .body("errors[0].code", equalTo("INVALID"));
    }

    @Test
    void adminsAndModeratorsWorkForEveryShopAndAreNeverAskedForOne() {
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("shop", nullValue())
                .body("needsShop", equalTo(false));
        String moderator = TestUsers.create("modo", null, "moderator");
        given().auth()
                .oauth2(Tokens.of(moderator))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("shop", nullValue())
                .body("needsShop", equalTo(false));
    }

    @Test
    void onlyAdminsSeeAndDecideRequests() {
        String token = Tokens.of(TestUsers.create("lea", null));
        choose(token, Map.of("shop", "paris-opera")).then().statusCode(200);
        choose(token, Map.of("shop", "lyon-confluence")).then().statusCode(200);
        long id = ((Number) given().auth()
                        .oauth2(token)
                        .when()
                        .get("/api/v1/me/shop-request")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"))
                .longValue();
        for (String caller : List.of(Tokens.camille(), Tokens.moderator(), token)) {
            given().auth()
                    .oauth2(caller)
                    .when()
                    .get("/api/v1/admin/shop-requests")
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(caller)
                    .contentType("application/json")
                    .body("{}")
                    .when()
                    .post("/api/v1/admin/shop-requests/" + id + "/approve")
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(caller)
                    .contentType("application/json")
                    .body("{}")
                    .when()
                    .post("/api/v1/admin/shop-requests/" + id + "/decline")
                    .then()
                    .statusCode(403);
        }
        given().when().get("/api/v1/admin/shop-requests").then().statusCode(401);
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("shop", equalTo("paris-opera"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/admin/shop-requests/999999999/approve")
                .then()
                .statusCode(404)
                .body("code", equalTo("SHOP_REQUEST_NOT_FOUND"));
    }

    @Test
    void headOfficePostsOnBehalfOfNoShopOrOfAnOpenShopTheyName() {
        String hoToken = Tokens.of(TestUsers.create("siege", null));
        choose(hoToken, Map.of("headOffice", true)).then().statusCode(200);
        long plain = Api.createPost(hoToken, "idea", "Une idée du siège", List.of());
        given().auth()
                .oauth2(hoToken)
                .when()
                .get("/api/v1/posts/" + plain)
                .then()
                .statusCode(200)
                .body("shop", nullValue());
        long onBehalf = ((Number) post(hoToken, "lyon-confluence")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        given().auth()
                .oauth2(hoToken)
                .when()
                .get("/api/v1/posts/" + onBehalf)
                .then()
                .statusCode(200)
                .body("shop.code", equalTo("lyon-confluence"));
        post(hoToken, "atlantis")
                .then()
                .statusCode(422)
                .body("errors.find { it.field == 'shop' }.code", equalTo("UNKNOWN"));
        // People with a shop speak for theirs only.
        post(Tokens.camille(), "lyon-confluence")
                .then()
                .statusCode(422)
                .body("errors.find { it.field == 'shop' }.code", equalTo("INVALID"));
    }

    @Test
    void headOfficeReadsEveryGuestbookButWritesInNone() {
        String hoToken = Tokens.of(TestUsers.create("com", null));
        choose(hoToken, Map.of("headOffice", true)).then().statusCode(200);
        given().auth()
                .oauth2(hoToken)
                .when()
                .get("/api/v1/guestbooks/paris-opera/entries")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(hoToken)
                .contentType("application/json")
                .body(Map.of("kind", "team_note", "body", "Bonjour du siège"))
                .when()
                .post("/api/v1/guestbooks/paris-opera/entries")
                .then()
                .statusCode(403)
                .body("code", equalTo("NOT_A_MEMBER"));
    }

    private static io.restassured.response.Response choose(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .when()
                .put("/api/v1/me/shop");
    }

    private static io.restassured.response.Response post(String token, String shop) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("kind", "idea", "title", "Pour une boutique", "body", "Texte", "shop", shop))
                .when()
                .post("/api/v1/posts");
    }

    private static List<Long> pendingIds() {
        return pendingPages().getList("id", Long.class);
    }

    /** Every pending request, all pages: other tests leave theirs. */
    private static JsonPath pendingPages() {
        List<Object> items = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(Tokens.admin());
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when()
                    .get("/api/v1/admin/shop-requests")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return JsonPath.from(toJson(items));
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
