package org.bravo.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.bravo.people.ShopChanges;
import org.bravo.testing.Api;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An admin placing someone directly ({@code PUT /people/{username}/shop}): a shop or head office, and the person's
 * pending request settled by it, so it cannot be approved later and send them back.
 */
@QuarkusTest
class ShopMoveTest {

    @BeforeEach
    void shops() {
        Api.ensureShop("paris-opera", "Paris Opéra");
        Api.ensureShop("lyon-confluence", "Lyon Confluence");
    }

    @Test
    void movingSomeoneWhereTheyAskedApprovesTheirRequest() {
        String noa = TestUsers.create("noa", null);
        String token = Tokens.of(noa);
        choose(token, Map.of("shop", "lyon-confluence")).then().statusCode(200);
        long id = request(token, Map.of("shop", "paris-opera"));

        move(noa, Map.of("shop", "paris-opera"))
                .then()
                .statusCode(200)
                .body("shop.code", equalTo("paris-opera"))
                .body("headOffice", equalTo(false));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("shop", equalTo("paris-opera"))
                .body("shopRequest", nullValue());
        approve(id).then().statusCode(409).body("code", equalTo("SHOP_REQUEST_DECIDED"));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("[0].type", equalTo("shop_request_decided"))
                .body("[0].data.status", equalTo("approved"))
                .body("[0].data.setDirectly", equalTo(true))
                .body("[0].data.toShopName", equalTo("Paris Opéra"));
        String line = "items.find { it.subject?.username == '" + noa + "' }";
        audit("person.approve_shop_request")
                .then()
                .statusCode(200)
                .body(line + ".before.shop", equalTo("lyon-confluence"))
                .body(line + ".after.shop", equalTo("paris-opera"));
        audit("person.move_shop")
                .then()
                .statusCode(200)
                .body(line + ".before.shop", equalTo("lyon-confluence"))
                .body(line + ".after.shop", equalTo("paris-opera"));
    }

    @Test
    void movingSomeoneElsewhereDeclinesTheirRequestSoItCannotSendThemBack() {
        String max = TestUsers.create("max", null);
        String token = Tokens.of(max);
        choose(token, Map.of("shop", "paris-opera")).then().statusCode(200);
        long id = request(token, Map.of("headOffice", true));

        move(max, Map.of("shop", "lyon-confluence"))
                .then()
                .statusCode(200)
                .body("shop.code", equalTo("lyon-confluence"));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me/shop-request")
                .then()
                .statusCode(204);
        // The outdated request is no longer there to approve: the person stays where the admin put them.
        approve(id).then().statusCode(409).body("code", equalTo("SHOP_REQUEST_DECIDED"));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("shop", equalTo("lyon-confluence"))
                .body("headOffice", equalTo(false));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("[0].type", equalTo("shop_request_decided"))
                .body("[0].data.status", equalTo("declined"))
                .body("[0].data.toHeadOffice", equalTo(true))
                .body("[0].data.setDirectly", equalTo(true))
                .body("[0].data.reason", equalTo(ShopChanges.SET_DIRECTLY));
        String line = "items.find { it.subject?.username == '" + max + "' }";
        audit("person.decline_shop_request")
                .then()
                .statusCode(200)
                .body(line + ".reason", equalTo(ShopChanges.SET_DIRECTLY))
                .body(line + ".after.askedHeadOffice", equalTo(true));
    }

    @Test
    void anAdminPlacesSomeoneAtHeadOfficeAndBackInAShop() {
        String lou = TestUsers.create("lou", null);
        String token = Tokens.of(lou);
        choose(token, Map.of("shop", "paris-opera")).then().statusCode(200);

        move(lou, Map.of("headOffice", true))
                .then()
                .statusCode(200)
                .body("headOffice", equalTo(true))
                .body("shop", nullValue());
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("headOffice", equalTo(true))
                .body("shop", nullValue())
                .body("needsShop", equalTo(false));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("q", lou)
                .when()
                .get("/api/v1/admin/users")
                .then()
                .statusCode(200)
                .body("items[0].headOffice", equalTo(true))
                .body("items[0].shop", nullValue())
                .body("items[0].shopFromDirectory", equalTo(false));
        String line = "items.find { it.subject?.username == '" + lou + "' }";
        audit("person.move_shop")
                .then()
                .statusCode(200)
                .body(line + ".before.shop", equalTo("paris-opera"))
                .body(line + ".after.headOffice", equalTo(true));

        move(lou, Map.of("shop", "lyon-confluence"))
                .then()
                .statusCode(200)
                .body("headOffice", equalTo(false))
                .body("shop.code", equalTo("lyon-confluence"));
    }

    @Test
    void invalidPlacesAreRefusedPerField() {
        String ugo = TestUsers.create("ugo", null);
        given().auth().oauth2(Tokens.of(ugo)).when().get("/api/v1/me").then().statusCode(200);
        move(ugo, Map.of("shop", "paris-opera", "headOffice", true))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("shop"))
                .body("errors[0].code", equalTo("INVALID"));
        move(ugo, Map.of("shop", "atlantis"))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("shop"))
                .body("errors[0].code", equalTo("UNKNOWN"));
        move(ugo, Map.of()).then().statusCode(422).body("errors[0].code", equalTo("REQUIRED"));
        move("nobody-" + System.nanoTime(), Map.of("headOffice", true))
                .then()
                .statusCode(404)
                .body("code", equalTo("PERSON_NOT_FOUND"));
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(Map.of("headOffice", true))
                .when()
                .put("/api/v1/people/" + ugo + "/shop")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of(ugo))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("headOffice", equalTo(false));
    }

    @Test
    void aShopFromTheDirectoryIsNotChangedByAnAdminEither() {
        String eve = TestUsers.create("eve", "paris-opera");
        given().auth().oauth2(Tokens.of(eve)).when().get("/api/v1/me").then().statusCode(200);
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("q", eve)
                .when()
                .get("/api/v1/admin/users")
                .then()
                .statusCode(200)
                .body("items[0].shopFromDirectory", equalTo(true));

        move(eve, Map.of("headOffice", true)).then().statusCode(409).body("code", equalTo("SHOP_FROM_DIRECTORY"));
        move(eve, Map.of("shop", "lyon-confluence"))
                .then()
                .statusCode(409)
                .body("code", equalTo("SHOP_FROM_DIRECTORY"));
        // Where the directory already places them is no change, and no error.
        move(eve, Map.of("shop", "paris-opera")).then().statusCode(200).body("shop.code", equalTo("paris-opera"));
        given().auth()
                .oauth2(Tokens.of(eve))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("shop", equalTo("paris-opera"))
                .body("headOffice", equalTo(false));
    }

    private static Response move(String username, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(body)
                .when()
                .put("/api/v1/people/" + username + "/shop");
    }

    private static Response choose(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .when()
                .put("/api/v1/me/shop");
    }

    /** A change after the first choice: a pending request; returns its id. */
    private static long request(String token, Map<String, Object> body) {
        choose(token, body).then().statusCode(200);
        return ((Number) given().auth()
                        .oauth2(token)
                        .when()
                        .get("/api/v1/me/shop-request")
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("pending"))
                        .extract()
                        .path("id"))
                .longValue();
    }

    private static Response approve(long id) {
        return given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/admin/shop-requests/" + id + "/approve");
    }

    private static Response audit(String action) {
        return given().auth()
                .oauth2(Tokens.admin())
                .queryParam("action", action)
                .when()
                .get("/api/v1/admin/audit");
    }
}
