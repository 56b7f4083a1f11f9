package org.bravo.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bravo.infra.StackConfig;
import org.bravo.media.internal.MediaCleanup;
import org.bravo.testing.Api;
import org.bravo.testing.Photos;
import org.bravo.testing.RealStackResource;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.bravo.testing.VideoUploads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Photos and films live and show only as long as the content that shows them: hidden content's media answers 404
 * even at a URL signed before, deleted content's media leaves the store, photos shown nowhere are cleaned up.
 */
@QuarkusTest
class MediaLifecycleTest {
    private static final String SHOP = "paris-opera";
    private static Path dir;

    @Inject
    MediaCleanup cleanup;

    @Inject
    EntityManager em;

    private MinioClient store;
    private String author;
    private String colleague;

    @BeforeAll
    static void folder() throws Exception {
        dir = Files.createTempDirectory("media-lifecycle");
    }

    @AfterAll
    static void removeFolder() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    @BeforeEach
    void setUp() {
        Api.ensureShop(SHOP, "Paris Opéra");
        author = Tokens.of(TestUsers.create("photographe", SHOP));
        colleague = Tokens.of(TestUsers.create("collegue", "lyon-confluence"));
        StackConfig config = RealStackResource.config();
        store = MinioClient.builder()
                .endpoint(config.objectStoreUrl())
                .credentials(StackConfig.S3_ACCESS_KEY, StackConfig.S3_SECRET_KEY)
                .build();
    }

    /** The keys the store holds for one photo (the photo and its thumbnail), read from the store itself. */
    private List<String> storedObjects(String photoId) throws Exception {
        List<String> keys = new ArrayList<>();
        for (Result<Item> result : store.listObjects(ListObjectsArgs.builder()
                .bucket(StackConfig.S3_BUCKET)
                .prefix("photos/" + photoId)
                .recursive(true)
                .build())) {
            keys.add(result.get().objectName());
        }
        return keys;
    }

    private static long postWithPhotos(String token, String title, List<String> photoIds) {
        return ((Number) given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(Map.of(
                                "kind", "practice", "title", title, "body", "Voyez la vitrine", "photoIds", photoIds))
                        .when()
                        .post("/api/v1/posts")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    private static JsonPath act(String type, Object id, String action) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("reason", "Le client n'a pas donné son accord");
        return given().auth()
                .oauth2(Tokens.moderator())
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/v1/moderation/items/" + type + "/" + id + "/actions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static int status(String url) {
        return given().redirects().follow(false).when().get(url).statusCode();
    }

    @Test
    void aHiddenPostsPhotoAnswers404AtTheUrlItHadAndComesBackWhenRestored() {
        String photo = Photos.upload(author);
        long post = postWithPhotos(author, "Vitrine de Noël", List.of(photo));
        JsonPath seen = Api.get(colleague, "/api/v1/posts/" + post)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String url = seen.getString("photos[0].url");
        String thumbnail = seen.getString("photos[0].thumbnailUrl");
        String card = seen.getString("thumbnailUrl");
        assertThat(url).doesNotContain("scope=");
        // Kept a few minutes, privately, and never as immutable: a hide must not be outlived by caches.
        given().when()
                .get(url)
                .then()
                .statusCode(200)
                .contentType(startsWith("image/"))
                .header("Cache-Control", "private, max-age=300");
        given().when().get(thumbnail).then().statusCode(200).header("Cache-Control", "private, max-age=300");

        act("post", post, "hide");

        given().when().get(url).then().statusCode(404).body("code", equalTo("PHOTO_NOT_FOUND"));
        assertThat(status(thumbnail)).isEqualTo(404);
        assertThat(status(card)).isEqualTo(404);
        // Its author still sees the hidden post with its photos, at URLs made for them.
        JsonPath own = Api.get(author, "/api/v1/posts/" + post)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(own.getString("photos[0].url")).contains("scope=restricted");
        assertThat(status(own.getString("photos[0].url"))).isEqualTo(200);
        assertThat(status(own.getString("photos[0].thumbnailUrl"))).isEqualTo(200);
        // A colleague's URL cannot be turned into one.
        assertThat(status(url.replace("&sig=", "&scope=restricted&sig="))).isEqualTo(404);

        act("post", post, "restore");

        assertThat(status(url)).isEqualTo(200);
        assertThat(status(thumbnail)).isEqualTo(200);
    }

    @Test
    void aDraftsPhotosShowOnlyToItsAuthor() {
        String photo = Photos.upload(author);
        long draft = ((Number) given().auth()
                        .oauth2(author)
                        .contentType("application/json")
                        .body(Map.of(
                                "kind",
                                "practice",
                                "title",
                                "Brouillon",
                                "body",
                                "à finir",
                                "draft",
                                true,
                                "photoIds",
                                List.of(photo)))
                        .when()
                        .post("/api/v1/posts")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        String own = Api.get(author, "/api/v1/posts/" + draft)
                .then()
                .statusCode(200)
                .extract()
                .path("photos[0].url");
        assertThat(status(own)).isEqualTo(200);
        // The same photo at a URL for colleagues: the draft is nobody else's to see.
        String forColleagues = own.replace("&scope=restricted", "");
        assertThat(status(forColleagues)).isEqualTo(404);
    }

    @Test
    void deletingAPostOrAnEntryDeletesItsPhotosFromTheStore() throws Exception {
        String photo = Photos.upload(author);
        long post = postWithPhotos(author, "Présentoir à supprimer", List.of(photo));
        String url =
                Api.get(colleague, "/api/v1/posts/" + post).then().extract().path("photos[0].url");
        assertThat(storedObjects(photo)).hasSize(2);

        given().auth()
                .oauth2(author)
                .when()
                .delete("/api/v1/posts/" + post)
                .then()
                .statusCode(204);

        assertThat(status(url)).isEqualTo(404);
        assertThat(storedObjects(photo)).isEmpty();

        // A moderator's deletion of a guestbook entry does the same.
        String entryPhoto = Photos.upload(author);
        long entry = ((Number) given().auth()
                        .oauth2(author)
                        .contentType("application/json")
                        .body(Map.of(
                                "kind",
                                "customer_moment",
                                "body",
                                "Une cliente ravie",
                                "photoIds",
                                List.of(entryPhoto),
                                "photosShowCustomer",
                                true,
                                "customerConsent",
                                true))
                        .when()
                        .post("/api/v1/guestbooks/" + SHOP + "/entries")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        String entryUrl = Api.get(colleague, "/api/v1/entries/" + entry)
                .then()
                .statusCode(200)
                .extract()
                .path("photos[0].thumbnailUrl");
        assertThat(status(entryUrl)).isEqualTo(200);
        assertThat(storedObjects(entryPhoto)).hasSize(2);

        act("entry", entry, "delete");

        assertThat(status(entryUrl)).isEqualTo(404);
        assertThat(storedObjects(entryPhoto)).isEmpty();
    }

    @Test
    void aPhotoStillShownByThePracticePromotedFromAnEntryOutlivesTheEntry() throws Exception {
        String photo = Photos.upload(author);
        long entry = ((Number) given().auth()
                        .oauth2(author)
                        .contentType("application/json")
                        .body(Map.of(
                                "kind",
                                "experiment",
                                "body",
                                "Nouveau présentoir",
                                "photoIds",
                                List.of(photo),
                                "photosShowCustomer",
                                false))
                        .when()
                        .post("/api/v1/guestbooks/" + SHOP + "/entries")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        long practice = ((Number) given().auth()
                        .oauth2(author)
                        .contentType("application/json")
                        .body(Map.of("title", "Le présentoir qui marche", "tags", List.of("presentoir")))
                        .when()
                        .post("/api/v1/entries/" + entry + "/promotion")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("postId"))
                .longValue();

        given().auth()
                .oauth2(author)
                .when()
                .delete("/api/v1/entries/" + entry)
                .then()
                .statusCode(204);

        String url = Api.get(colleague, "/api/v1/posts/" + practice)
                .then()
                .statusCode(200)
                .extract()
                .path("photos[0].url");
        assertThat(status(url)).isEqualTo(200);
        assertThat(storedObjects(photo)).hasSize(2);

        given().auth()
                .oauth2(author)
                .when()
                .delete("/api/v1/posts/" + practice)
                .then()
                .statusCode(204);
        assertThat(storedObjects(photo)).isEmpty();
    }

    @Test
    void photosShownNowhereForADayAreCleanedUpWhileFreshAndShownOnesStay() throws Exception {
        String forgotten = Photos.upload(author);
        String fresh = Photos.upload(author);
        String shown = Photos.upload(author);
        String dropped = Photos.upload(author);
        long post = postWithPhotos(author, "Rayon fromage", List.of(shown, dropped));
        // An edit takes one photo off the post: from then on it is shown nowhere.
        given().auth()
                .oauth2(author)
                .contentType("application/json")
                .body(Map.of("title", "Rayon fromage", "body", "Voyez la vitrine", "photoIds", List.of(shown)))
                .when()
                .put("/api/v1/posts/" + post)
                .then()
                .statusCode(200);
        String freshUrl = given().auth()
                .oauth2(author)
                .multiPart("file", "x.png", Photos.png(8, 8), "image/png")
                .when()
                .post("/api/v1/media/photos")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        // A day and an hour ago, as if uploaded (or dropped) then; the shown photo is as old, but shown.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                update photo set unattached_since = now() - interval '25 hours', created_at = now() - interval '25 hours'
                where id in (?1, ?2)""")
                        .setParameter(1, UUID.fromString(forgotten))
                        .setParameter(2, UUID.fromString(dropped))
                        .executeUpdate());
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "update photo set created_at = now() - interval '25 hours' where id = ?1")
                        .setParameter(1, UUID.fromString(shown))
                        .executeUpdate());
        String shownUrl =
                Api.get(colleague, "/api/v1/posts/" + post).then().extract().path("photos[0].url");

        ReconciliationReport report = cleanup.run(Duration.ofHours(1));

        assertThat(report.unattachedPhotosDeleted()).isGreaterThanOrEqualTo(2);
        assertThat(storedObjects(forgotten)).isEmpty();
        assertThat(storedObjects(dropped)).isEmpty();
        assertThat(storedObjects(fresh)).hasSize(2);
        assertThat(storedObjects(shown)).hasSize(2);
        assertThat(status(shownUrl)).isEqualTo(200);
        assertThat(status(freshUrl)).isEqualTo(200);
        // The forgotten photo is no longer attachable: it is gone.
        given().auth()
                .oauth2(author)
                .contentType("application/json")
                .body(Map.of("kind", "practice", "title", "Trop tard", "body", "x", "photoIds", List.of(forgotten)))
                .when()
                .post("/api/v1/posts")
                .then()
                .statusCode(422);
    }

    @Test
    void aHiddenVideosFilmPosterAndCaptionsAnswer404() throws Exception {
        VideoUploads.FilmedPost filmed = VideoUploads.postWithCaptionedFilm(author, dir);
        JsonPath seen = Api.get(colleague, "/api/v1/posts/" + filmed.postId())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String playback = seen.getString("videos[0].playbackUrl");
        String poster = seen.getString("videos[0].posterUrl");
        String captions = seen.getString("videos[0].captions[0].url");
        assertThat(playback).startsWith("/api/v1/media/videos/" + filmed.videoId() + "/playback?");
        // The film is sent by the store, at a URL signed just now; the redirect itself is never cached.
        String location = given().redirects()
                .follow(false)
                .when()
                .get(playback)
                .then()
                .statusCode(307)
                .header("Cache-Control", "no-store")
                .extract()
                .header("Location");
        // Sent as signed: a client that re-encodes the query would spoil the store's signature.
        assertThat(HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(location))
                                        .header("Range", "bytes=0-9")
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(206);
        // The poster is small and sent by the backend itself, a JPEG kept privately a few minutes, like photos.
        given().redirects()
                .follow(false)
                .when()
                .get(poster)
                .then()
                .statusCode(200)
                .contentType("image/jpeg")
                .header("Cache-Control", startsWith("private"));
        given().when().get(captions).then().statusCode(200).contentType(startsWith("text/vtt"));

        act("video", filmed.videoId(), "hide");

        assertThat(status(playback)).isEqualTo(404);
        assertThat(status(poster)).isEqualTo(404);
        assertThat(status(captions)).isEqualTo(404);

        act("video", filmed.videoId(), "restore");
        assertThat(status(playback)).isEqualTo(307);
        assertThat(status(poster)).isEqualTo(200);

        // Hiding the post that shows it stops the film too.
        act("post", filmed.postId(), "hide");
        assertThat(status(playback)).isEqualTo(404);
        assertThat(status(poster)).isEqualTo(404);
        assertThat(status(captions)).isEqualTo(404);
    }
}
