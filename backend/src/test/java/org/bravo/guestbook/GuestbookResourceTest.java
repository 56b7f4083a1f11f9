package org.bravo.guestbook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bravo.testing.Api;
import org.bravo.testing.MissingBodies;
import org.bravo.testing.Photos;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GuestbookResourceTest {
    static final String PARIS = "paris-opera";
    static final String LYON = "lyon-confluence";

    @BeforeEach
    void shops() {
        Api.ensureShop(PARIS, "Paris Opéra");
        Api.ensureShop(LYON, "Lyon Confluence");
    }

    static ValidatableResponse write(String token, String shop, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/v1/guestbooks/" + shop + "/entries")
                .then();
    }

    static long entry(String token, String shop, String text) {
        return ((Number) write(token, shop, Map.of("kind", "experiment", "body", text))
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    private static int entryCount(String token, String shop) {
        return Api.get(token, "/api/v1/guestbooks/" + shop + "/entries?limit=50")
                .then()
                .statusCode(200)
                .extract()
                .path("items.size()");
    }

    @Test
    void anonymousGets401Everywhere() {
        given().when().get("/api/v1/guestbooks").then().statusCode(401);
        given().when().get("/api/v1/guestbooks/" + PARIS + "/entries").then().statusCode(401);
        given().contentType("application/json")
                .body(Map.of("kind", "experiment", "body", "x"))
                .when()
                .post("/api/v1/guestbooks/" + PARIS + "/entries")
                .then()
                .statusCode(401)
                .body("code", equalTo("AUTHENTICATION_REQUIRED"));
        given().when().get("/api/v1/entries/1").then().statusCode(401);
    }

    @Test
    void aMemberWritesInTheirShopsGuestbookAndEveryoneReadsIt() {
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        var created = write(
                        Tokens.camille(),
                        PARIS,
                        Map.of(
                                "kind",
                                "customer_moment",
                                "body",
                                "Une cliente a goûté **trois** cafés <img src=x onerror=alert(1)> [x](javascript:alert(1))"))
                .statusCode(201)
                .header("Location", containsString("/api/v1/entries/"))
                .body("shop.code", equalTo(PARIS))
                .body("author.username", equalTo("camille"))
                .body("kind", equalTo("customer_moment"))
                .body("date", equalTo(today))
                .body("bodyHtml", containsString("<strong>trois</strong>"))
                .body("bodyHtml", not(containsString("<img")))
                .body("bodyHtml", not(containsString("javascript:")))
                .body("canEdit", equalTo(true))
                .body("hidden", equalTo(false))
                .body("photos", hasSize(0));
        long id = ((Number) created.extract().path("id")).longValue();

        // Lucas, in Lyon, reads Paris's guestbook but may not write in it.
        Api.get(Tokens.lucas(), "/api/v1/guestbooks/" + PARIS + "/entries")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id))
                .body("canWrite", equalTo(false));
        Api.get(Tokens.camille(), "/api/v1/guestbooks/" + PARIS + "/entries")
                .then()
                .statusCode(200)
                .body("canWrite", equalTo(true));
        Api.get(Tokens.lucas(), "/api/v1/entries/" + id)
                .then()
                .statusCode(200)
                .body("canEdit", equalTo(false))
                .body("canDelete", equalTo(false))
                .body("canPromote", equalTo(false))
                .body("body", nullValue());
        Api.get(Tokens.lucas(), "/api/v1/guestbooks")
                .then()
                .statusCode(200)
                .body("find { it.code == '" + PARIS + "' }.entryCount", notNullValue())
                .body("find { it.code == '" + PARIS + "' }.latest", notNullValue());
    }

    @Test
    void onlyMembersAndAdminsWriteInAGuestbook() {
        int before = entryCount(Tokens.camille(), PARIS);
        write(Tokens.lucas(), PARIS, Map.of("kind", "experiment", "body", "Intrusion"))
                .statusCode(403)
                .body("code", equalTo("NOT_A_MEMBER"));
        assertThat(entryCount(Tokens.camille(), PARIS)).isEqualTo(before);
        write(Tokens.admin(), LYON, Map.of("kind", "team_note", "body", "Note de l'admin"))
                .statusCode(201)
                .body("shop.code", equalTo(LYON));
        write(Tokens.camille(), "no-such-shop", Map.of("kind", "experiment", "body", "x"))
                .statusCode(404)
                .body("code", equalTo("SHOP_NOT_FOUND"));
        Api.get(Tokens.camille(), "/api/v1/guestbooks/no-such-shop/entries")
                .then()
                .statusCode(404);
    }

    @Test
    void invalidEntriesAreRefusedFieldByFieldAndNothingIsStored() {
        int before = entryCount(Tokens.camille(), PARIS);
        write(Tokens.camille(), PARIS, Map.of())
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.find { it.field == 'kind' }.code", equalTo("REQUIRED"))
                .body("errors.find { it.field == 'body' }.code", equalTo("REQUIRED"));
        Map<String, Object> bad = new HashMap<>();
        bad.put("kind", "rumour");
        bad.put("body", "x".repeat(10_001));
        bad.put("date", "23/11/2026");
        write(Tokens.camille(), PARIS, bad)
                .statusCode(422)
                .body("errors.find { it.field == 'kind' }.code", equalTo("INVALID"))
                .body("errors.find { it.field == 'body' }.code", equalTo("TOO_LONG"))
                .body("errors.find { it.field == 'date' }.code", equalTo("INVALID"));
        write(
                        Tokens.camille(),
                        PARIS,
                        Map.of(
                                "kind",
                                "experiment",
                                "body",
                                "Demain",
                                "date",
                                LocalDate.now().plusDays(5).toString()))
                .statusCode(422)
                .body("errors.find { it.field == 'date' }.code", equalTo("INVALID"));
        write(
                        Tokens.camille(),
                        PARIS,
                        Map.of(
                                "kind",
                                "experiment",
                                "body",
                                "Trop de photos",
                                "photoIds",
                                Collections.nCopies(11, "7c0f3a52-1b8e-4d55-9a51-0c6d2a000001")))
                .statusCode(422)
                .body("errors.find { it.field == 'photoIds' }.code", equalTo("TOO_MANY"));
        String lucasPhoto = Photos.upload(Tokens.lucas());
        write(
                        Tokens.camille(),
                        PARIS,
                        Map.of(
                                "kind",
                                "experiment",
                                "body",
                                "La photo d'un autre",
                                "photoIds",
                                List.of(lucasPhoto),
                                "photosShowCustomer",
                                false))
                .statusCode(422)
                .body("errors.find { it.field == 'photoIds' }.code", equalTo("UNKNOWN"));
        assertThat(entryCount(Tokens.camille(), PARIS)).isEqualTo(before);
    }

    @Test
    void aPhotoOfACustomerNeedsTheConsentTickAndWhoTickedItIsKept() {
        String photo = Photos.upload(Tokens.camille());
        int before = entryCount(Tokens.camille(), PARIS);
        // Photos without saying whether a customer is in them: the question must be answered.
        write(Tokens.camille(), PARIS, Map.of("kind", "customer_moment", "body", "Photo", "photoIds", List.of(photo)))
                .statusCode(422)
                .body("errors.find { it.field == 'photosShowCustomer' }.code", equalTo("REQUIRED"));
        // A customer in the photos, no consent: refused.
        write(
                        Tokens.camille(),
                        PARIS,
                        Map.of(
                                "kind",
                                "customer_moment",
                                "body",
                                "Photo",
                                "photoIds",
                                List.of(photo),
                                "photosShowCustomer",
                                true,
                                "customerConsent",
                                false))
                .statusCode(422)
                .body("errors.find { it.field == 'customerConsent' }.code", equalTo("REQUIRED"));
        assertThat(entryCount(Tokens.camille(), PARIS)).isEqualTo(before);

        long id = ((Number) write(
                                Tokens.camille(),
                                PARIS,
                                Map.of(
                                        "kind",
                                        "customer_moment",
                                        "body",
                                        "Madame R. et sa fille devant la vitrine",
                                        "photoIds",
                                        List.of(photo),
                                        "photosShowCustomer",
                                        true,
                                        "customerConsent",
                                        true))
                        .statusCode(201)
                        .body("photos", hasSize(1))
                        .body("photos[0].thumbnailUrl", notNullValue())
                        .body("photosShowCustomer", equalTo(true))
                        .body("consentBy.username", equalTo("camille"))
                        .body("consentAt", notNullValue())
                        .extract()
                        .path("id"))
                .longValue();
        // Photos that show no customer need no tick.
        write(
                        Tokens.camille(),
                        PARIS,
                        Map.of(
                                "kind",
                                "experiment",
                                "body",
                                "Nouvelle vitrine",
                                "photoIds",
                                List.of(Photos.upload(Tokens.camille())),
                                "photosShowCustomer",
                                false))
                .statusCode(201)
                .body("consentBy", nullValue());
        // Editing keeps who gave the consent.
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(Map.of(
                        "kind",
                        "customer_moment",
                        "body",
                        "Madame R. devant la vitrine (modifié)",
                        "photoIds",
                        List.of(photo),
                        "photosShowCustomer",
                        true,
                        "customerConsent",
                        true))
                .when()
                .put("/api/v1/entries/" + id)
                .then()
                .statusCode(200)
                .body("consentBy.username", equalTo("camille"))
                .body("editedAt", notNullValue());
    }

    @Test
    void authorsEditAndDeleteTheirEntriesOthersCannot() {
        String colleague = TestUsers.create("colleague", PARIS);
        long id = entry(Tokens.camille(), PARIS, "Essai de dégustation à l'aveugle");
        Map<String, Object> edit = Map.of("kind", "experiment", "body", "Essai modifié");
        given().auth()
                .oauth2(Tokens.of(colleague))
                .contentType("application/json")
                .body(edit)
                .when()
                .put("/api/v1/entries/" + id)
                .then()
                .statusCode(403)
                .body("code", equalTo("NOT_YOUR_ENTRY"));
        given().auth()
                .oauth2(Tokens.moderator())
                .contentType("application/json")
                .body(edit)
                .when()
                .put("/api/v1/entries/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of(colleague))
                .when()
                .delete("/api/v1/entries/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(edit)
                .when()
                .put("/api/v1/entries/" + id)
                .then()
                .statusCode(200)
                .body("bodyHtml", containsString("modifié"));
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .delete("/api/v1/entries/" + id)
                .then()
                .statusCode(204);
        for (String token : List.of(Tokens.camille(), Tokens.lucas(), Tokens.moderator())) {
            Api.get(token, "/api/v1/entries/" + id).then().statusCode(404).body("code", equalTo("ENTRY_NOT_FOUND"));
        }
        Api.get(Tokens.camille(), "/api/v1/guestbooks/" + PARIS + "/entries?limit=50")
                .then()
                .body("items.id", not(hasItem((int) id)));
    }

    @Test
    void moderatorsHideAnEntryWhichThenAnswers404ToOthers() {
        long id = entry(Tokens.camille(), PARIS, "Un texte à cacher");
        given().auth()
                .oauth2(Tokens.lucas())
                .contentType("application/json")
                .body(Map.of("reason", "spam"))
                .when()
                .put("/api/v1/entries/" + id + "/hidden")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.moderator())
                .contentType("application/json")
                .body(Map.of())
                .when()
                .put("/api/v1/entries/" + id + "/hidden")
                .then()
                .statusCode(422)
                .body("errors.find { it.field == 'reason' }.code", equalTo("REQUIRED"));
        given().auth()
                .oauth2(Tokens.moderator())
                .contentType("application/json")
                .body(Map.of("reason", "Nom complet d'un client"))
                .when()
                .put("/api/v1/entries/" + id + "/hidden")
                .then()
                .statusCode(200)
                .body("hidden", equalTo(true));

        Api.get(Tokens.lucas(), "/api/v1/entries/" + id).then().statusCode(404);
        Api.get(Tokens.lucas(), "/api/v1/entries/" + id + "/comments").then().statusCode(404);
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .put("/api/v1/entries/" + id + "/bravo")
                .then()
                .statusCode(404);
        Api.get(Tokens.lucas(), "/api/v1/guestbooks/" + PARIS + "/entries?limit=50")
                .then()
                .body("items.id", not(hasItem((int) id)));
        Api.get(Tokens.camille(), "/api/v1/entries/" + id)
                .then()
                .statusCode(200)
                .body("hidden", equalTo(true))
                .body("hiddenReason", equalTo("Nom complet d'un client"));
        Api.get(Tokens.moderator(), "/api/v1/entries/" + id)
                .then()
                .statusCode(200)
                .body("hidden", equalTo(true));

        given().auth()
                .oauth2(Tokens.moderator())
                .when()
                .delete("/api/v1/entries/" + id + "/hidden")
                .then()
                .statusCode(200)
                .body("hidden", equalTo(false));
        Api.get(Tokens.lucas(), "/api/v1/entries/" + id).then().statusCode(200);
    }

    @Test
    void aGuestbookPagesByDayWithKindAndMonthFilters() {
        String shop = "gb-pages-" + System.nanoTime() % 100_000;
        Api.ensureShop(shop, "Boutique des pages");
        String member = Tokens.of(TestUsers.create("pager", shop));
        List<Long> ids = new ArrayList<>();
        String[][] rows = {
            {"2026-09-03", "experiment"},
            {"2026-10-01", "team_note"},
            {"2026-10-15", "experiment"},
            {"2026-10-15", "customer_moment"},
            {"2026-11-02", "experiment"}
        };
        for (String[] row : rows) {
            ids.add(((Number) write(member, shop, Map.of("kind", row[1], "body", "Entrée du " + row[0], "date", row[0]))
                            .statusCode(201)
                            .extract()
                            .path("id"))
                    .longValue());
        }
        // Newest day first; same day: newest entry first.
        List<Long> expected = List.of(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = Api.get(
                            member,
                            "/api/v1/guestbooks/" + shop + "/entries?limit=2"
                                    + (cursor == null ? "" : "&cursor=" + cursor))
                    .then()
                    .statusCode(200)
                    .extract();
            List<Number> pageIds = page.path("items.id");
            pageIds.forEach(n -> seen.add(n.longValue()));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(seen).isEqualTo(expected);
        assertThat(pages).isEqualTo(3);

        Api.get(member, "/api/v1/guestbooks/" + shop + "/entries?kind=experiment")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(3));
        Api.get(member, "/api/v1/guestbooks/" + shop + "/entries?month=2026-10")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(3));
        Api.get(member, "/api/v1/guestbooks/" + shop + "/entries?month=2026-10&kind=experiment")
                .then()
                .body("items.size()", equalTo(1));
        Api.get(member, "/api/v1/guestbooks/" + shop + "/entries?month=octobre")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("month"));
        Api.get(member, "/api/v1/guestbooks/" + shop + "/entries?kind=rumour")
                .then()
                .statusCode(422);
        Api.get(member, "/api/v1/guestbooks/" + shop + "/entries?cursor=bm9wZQ")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void colleaguesCommentAndApplaudEntriesWithTheSameModulesAsPosts() {
        long id = entry(Tokens.camille(), PARIS, "Le sourire du matin");
        given().auth()
                .oauth2(Tokens.lucas())
                .contentType("application/json")
                .body(Map.of("body", "Bravo @camille, on essaie à Lyon !"))
                .when()
                .post("/api/v1/entries/" + id + "/comments")
                .then()
                .statusCode(201)
                .body("targetType", equalTo("entry"))
                .body("targetId", equalTo((int) id));
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .put("/api/v1/entries/" + id + "/bravo")
                .then()
                .statusCode(200)
                .body("bravoCount", equalTo(1))
                .body("bravoedByMe", equalTo(true));
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .put("/api/v1/entries/" + id + "/bravo")
                .then()
                .statusCode(403)
                .body("code", equalTo("OWN_CONTENT"));
        Api.get(Tokens.camille(), "/api/v1/entries/" + id)
                .then()
                .statusCode(200)
                .body("bravoCount", equalTo(1))
                .body("commentCount", equalTo(1));
        Api.get(Tokens.camille(), "/api/v1/entries/" + id + "/comments")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].author.username", equalTo("lucas"));
        Api.get(Tokens.camille(), "/api/v1/entries/" + id + "/bravos")
                .then()
                .statusCode(200)
                .body("[0].username", equalTo("lucas"));
        Api.get(Tokens.camille(), "/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("find { it.type == 'mentioned' && it.entryId == " + id + " }", notNullValue());
    }

    @Test
    void aMemberTurnsAnEntryIntoAPracticeCreditingTheShop() {
        String photo = Photos.upload(Tokens.camille());
        long id = ((Number) write(
                                Tokens.camille(),
                                PARIS,
                                Map.of(
                                        "kind",
                                        "experiment",
                                        "body",
                                        "Proposer un verre d'eau avec chaque espresso",
                                        "photoIds",
                                        List.of(photo),
                                        "photosShowCustomer",
                                        false))
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        String colleague = Tokens.of(TestUsers.create("promoter", PARIS));
        given().auth()
                .oauth2(Tokens.lucas())
                .contentType("application/json")
                .body(Map.of("title", "Verre d'eau"))
                .when()
                .post("/api/v1/entries/" + id + "/promotion")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(colleague)
                .contentType("application/json")
                .body(Map.of())
                .when()
                .post("/api/v1/entries/" + id + "/promotion")
                .then()
                .statusCode(422)
                .body("errors.find { it.field == 'title' }.code", equalTo("REQUIRED"));
        long post = ((Number) given().auth()
                        .oauth2(colleague)
                        .contentType("application/json")
                        .body(Map.of("title", "Un verre d'eau avec l'espresso", "tags", List.of("Accueil")))
                        .when()
                        .post("/api/v1/entries/" + id + "/promotion")
                        .then()
                        .statusCode(201)
                        .header("Location", containsString("/api/v1/posts/"))
                        .extract()
                        .path("postId"))
                .longValue();
        Api.get(Tokens.lucas(), "/api/v1/posts/" + post)
                .then()
                .statusCode(200)
                .body("kind", equalTo("practice"))
                .body("shop.code", equalTo(PARIS))
                .body("sourceEntryId", equalTo((int) id))
                .body("photos", hasSize(1))
                .body("tags", hasItem("accueil"))
                .body("bodyHtml", containsString("avec chaque espresso"));
        Api.get(Tokens.lucas(), "/api/v1/entries/" + id)
                .then()
                .body("promotedTo.id", equalTo((int) post))
                .body("canPromote", equalTo(false));
        given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(Map.of("title", "Encore"))
                .when()
                .post("/api/v1/entries/" + id + "/promotion")
                .then()
                .statusCode(409)
                .body("code", equalTo("ENTRY_ALREADY_PROMOTED"));
    }

    @Test
    void anEntryWithoutABodyIsRefusedFieldByFieldLikeAnEmptyOne() {
        assertThat(MissingBodies.answerLikeAnEmptyObject(
                        Tokens.camille(), "POST", "/api/v1/guestbooks/" + PARIS + "/entries"))
                .contains(Map.of("field", "kind", "code", "REQUIRED"), Map.of("field", "body", "code", "REQUIRED"));
        long id = entry(Tokens.camille(), PARIS, "Une entrée à compléter");
        assertThat(MissingBodies.answerLikeAnEmptyObject(Tokens.camille(), "PUT", "/api/v1/entries/" + id))
                .contains(Map.of("field", "kind", "code", "REQUIRED"), Map.of("field", "body", "code", "REQUIRED"));
        assertThat(MissingBodies.answerLikeAnEmptyObject(
                        Tokens.camille(), "POST", "/api/v1/entries/" + id + "/promotion"))
                .contains(Map.of("field", "title", "code", "REQUIRED"));
    }
}
