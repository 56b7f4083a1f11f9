package org.bravo.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bravo.media.internal.MediaCleanup;
import org.bravo.testing.Api;
import org.bravo.testing.TestClips;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.bravo.testing.VideoUploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads through the real store, processing with the real ffmpeg, playback through signed URLs. */
@QuarkusTest
class VideoProcessingTest {
    @Inject
    MinioClient store;

    @Inject
    Videos videos;

    @Inject
    MediaCleanup cleanup;

    @Inject
    EntityManager em;

    @TempDir
    Path dir;

    // Film and poster URLs are the backend's: the film redirects to the store once it has checked the video may be
    // seen, the poster is sent by the backend itself.
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeEach
    void shops() {
        Api.ensureShop("paris-opera", "Paris Opéra");
    }

    private boolean exists(String key) {
        try {
            store.statObject(
                    StatObjectArgs.builder().bucket("bravo").object(key).build());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private HttpResponse<byte[]> fetch(String url, String range) throws Exception {
        URI base = URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/");
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(url)).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anUprightPhoneClipInHevcBecomesAPlayablePortraitMp4WithPosterAndSeeking() throws Exception {
        String token = Tokens.of(TestUsers.create("filmer", "paris-opera"));
        Path clip = TestClips.rotatedHevcMov(dir, "IMG_2024.MOV", 640, 360, 2);
        String id = VideoUploads.upload(token, clip);

        Map<String, Object> video = VideoUploads.awaitDone(token, id);
        assertThat(video)
                .containsEntry("status", "ready")
                .containsEntry("width", 360)
                .containsEntry("height", 640)
                .containsEntry("canEdit", true);
        assertThat(((Number) video.get("durationMs")).longValue()).isBetween(1900L, 2200L);

        // Seeking: the store answers range requests on the signed URL.
        HttpResponse<byte[]> range = fetch((String) video.get("playbackUrl"), "bytes=100-199");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).hasSize(100);
        assertThat(range.headers().firstValue("Content-Range").orElseThrow()).startsWith("bytes 100-199/");
        HttpResponse<byte[]> poster = fetch((String) video.get("posterUrl"), null);
        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(poster.body()[0]).isEqualTo((byte) 0xFF);
        assertThat(poster.body()[1]).isEqualTo((byte) 0xD8);

        // The playable copy really is H.264, upright.
        Path downloaded = dir.resolve("playback.mp4");
        Files.write(downloaded, fetch((String) video.get("playbackUrl"), null).body());
        var probe = new org.bravo.media.internal.VideoProcessor("ffprobe", "ffmpeg", "ultrafast").probe(downloaded);
        assertThat(probe.videoCodec()).isEqualTo("h264");
        assertThat(probe.rotation()).isZero();
        // Originals are not kept by default: only the playable copy and the poster remain.
        assertThat(exists("videos/" + id + "/original")).isFalse();

        // Someone else does not see an unattached video.
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .get("/api/v1/videos/" + id)
                .then()
                .statusCode(404)
                .body("code", equalTo("VIDEO_NOT_FOUND"));
    }

    @Test
    void aTruncatedUploadIsRefusedThenResumedAndProcessed() throws Exception {
        String token = Tokens.of(TestUsers.create("resumer", "paris-opera"));
        Path clip = TestClips.largeH264Mp4(dir, "methode.mp4", 6);
        long size = Files.size(clip);
        Map<String, Object> upload = VideoUploads.start(token, "methode.mp4", size);
        String id = (String) upload.get("videoId");
        int partSize = (Integer) upload.get("partSize");
        assertThat((Integer) upload.get("partCount")).isEqualTo(2);

        String etag1 = VideoUploads.put(VideoUploads.partUrl(token, id, 1), VideoUploads.part(clip, partSize, 1));
        byte[] second = VideoUploads.part(clip, partSize, 2);
        // The Wi-Fi drops half-way through the second part: the store keeps a short part.
        String cut = VideoUploads.put(
                VideoUploads.partUrl(token, id, 2), java.util.Arrays.copyOf(second, second.length / 2));
        VideoUploads.complete(
                token, id, List.of(Map.of("partNumber", 1, "etag", etag1), Map.of("partNumber", 2, "etag", cut)), 409);

        // Resuming: the client asks what is stored, keeps part 1 and sends part 2 again.
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/videos/uploads/" + id)
                .then()
                .statusCode(200)
                .body("parts.size()", equalTo(2))
                .body("parts[1].size", equalTo(second.length / 2));
        String etag2 = VideoUploads.put(VideoUploads.partUrl(token, id, 2), second);
        VideoUploads.complete(
                token,
                id,
                List.of(Map.of("partNumber", 1, "etag", etag1), Map.of("partNumber", 2, "etag", etag2)),
                200);

        Map<String, Object> video = VideoUploads.awaitDone(token, id);
        assertThat(video)
                .containsEntry("status", "ready")
                .containsEntry("width", 1280)
                .containsEntry("height", 720);
        assertThat(((Number) video.get("durationMs")).longValue()).isBetween(5800L, 6300L);
    }

    @Test
    void aFileThatIsNotAVideoIsRejectedWithAReasonAndDeleted() {
        String token = Tokens.of(TestUsers.create("faker", "paris-opera"));
        String text = VideoUploads.upload(token, TestClips.textNamedMp4(dir, "film.mp4"));
        String picture = VideoUploads.upload(token, TestClips.pngNamedMp4(dir, "photo.mp4"));

        Map<String, Object> rejected = VideoUploads.awaitDone(token, text);
        assertThat(rejected).containsEntry("status", "failed").containsEntry("playbackUrl", null);
        assertThat((String) rejected.get("failureReason")).contains("not a video");
        assertThat(rejected).containsEntry("failureCode", "NOT_A_VIDEO");
        assertThat(exists("videos/" + text + "/original")).isFalse();
        Map<String, Object> still = VideoUploads.awaitDone(token, picture);
        assertThat(still).containsEntry("status", "failed");
        assertThat((String) still.get("failureReason")).contains("picture");
        assertThat(still).containsEntry("failureCode", "A_PICTURE");
        assertThat(exists("videos/" + picture + "/original")).isFalse();

        // A failed video cannot be attached to a post.
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("kind", "practice", "title", "Film raté", "body", "x", "videoIds", List.of(text)))
                .when()
                .post("/api/v1/posts")
                .then()
                .statusCode(422)
                .body("errors.find { it.field == 'videoIds' }.code", equalTo("UNKNOWN"));
    }

    @Test
    void aVideoShowsInItsPostForEveryoneWithCaptionsAndGoesWithThePost() throws Exception {
        String author = Tokens.of(TestUsers.create("showman", "paris-opera"));
        String id = VideoUploads.upload(author, TestClips.h264Mp4(dir, "latte.mp4", 320, 240, 2));
        VideoUploads.awaitDone(author, id);

        // Someone else cannot attach my video.
        String other = Tokens.of(TestUsers.create("thief", "paris-opera"));
        given().auth()
                .oauth2(other)
                .contentType("application/json")
                .body(Map.of("kind", "practice", "title", "Pas à moi", "body", "x", "videoIds", List.of(id)))
                .when()
                .post("/api/v1/posts")
                .then()
                .statusCode(422)
                .body("errors.find { it.field == 'videoIds' }.code", equalTo("UNKNOWN"));

        long postId = ((Number) given().auth()
                        .oauth2(author)
                        .contentType("application/json")
                        .body(Map.of(
                                "kind",
                                "practice",
                                "title",
                                "Le latte art en vidéo",
                                "body",
                                "Regardez",
                                "tags",
                                List.of("latte"),
                                "videoIds",
                                List.of(id)))
                        .when()
                        .post("/api/v1/posts")
                        .then()
                        .statusCode(201)
                        .body("videos[0].id", equalTo(id))
                        .body("videos[0].status", equalTo("ready"))
                        .extract()
                        .path("id"))
                .longValue();
        long without = Api.createPost(author, "practice", "Sans film", List.of("latte"));

        // Captions: tags are stripped, invalid files are refused with the line at fault.
        given().auth()
                .oauth2(author)
                .contentType("application/json")
                .body(Map.of("vtt", "WEBVTT\n\n00:01.000 --> 00:00.500\nTrop tôt\n"))
                .when()
                .put("/api/v1/videos/" + id + "/captions/fr")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("vtt"))
                .body("errors[0].message", containsString("Line 3"));
        given().auth()
                .oauth2(author)
                .contentType("application/json")
                .body(Map.of(
                        "vtt",
                        "WEBVTT\n\n1\n00:00.500 --> 00:01.500\n<b>Mousser</b> le lait <script>x</script>\n"
                                + "\n00:01.500 --> 00:02.000\nVerser & dessiner\n"))
                .when()
                .put("/api/v1/videos/" + id + "/captions/fr")
                .then()
                .statusCode(200)
                .body("captions[0].lang", equalTo("fr"));
        given().auth()
                .oauth2(other)
                .contentType("application/json")
                .body(Map.of("vtt", "WEBVTT\n"))
                .when()
                .put("/api/v1/videos/" + id + "/captions/en")
                .then()
                .statusCode(404);
        Map<String, List<CaptionCue>> tracks = videos.captions(UUID.fromString(id));
        assertThat(tracks.get("fr"))
                .containsExactly(
                        new CaptionCue(500, 1500, "Mousser le lait x"),
                        new CaptionCue(1500, 2000, "Verser & dessiner"));

        // A colleague from another shop sees it in the post and in the films gallery, with a working track.
        String reader = Tokens.lucas();
        var post = given().auth()
                .oauth2(reader)
                .when()
                .get("/api/v1/posts/" + postId)
                .then()
                .statusCode(200)
                .body("videos[0].status", equalTo("ready"))
                .body("videos[0].canEdit", equalTo(false))
                .extract();
        String track = post.path("videos[0].captions[0].url");
        given().when()
                .get(track)
                .then()
                .statusCode(200)
                .contentType(containsString("text/vtt"))
                .body(containsString("00:00:00.500 --> 00:00:01.500\nMousser le lait x"))
                .body(containsString("Verser &amp; dessiner"))
                .body(not(containsString("<b>")));
        given().when().get(track.replaceAll("sig=[^&]+", "sig=forged")).then().statusCode(404);
        assertThat(fetch(post.path("videos[0].playbackUrl"), "bytes=0-9").statusCode())
                .isEqualTo(206);
        given().auth()
                .oauth2(reader)
                .queryParam("video", true)
                .queryParam("tag", "latte")
                .when()
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) postId))
                .body("items.id", not(hasItem((int) without)))
                .body("items.find { it.id == " + postId + " }.video.id", equalTo(id));

        // The video shows in one place only.
        given().auth()
                .oauth2(author)
                .contentType("application/json")
                .body(Map.of("kind", "practice", "title", "Encore", "body", "x", "videoIds", List.of(id)))
                .when()
                .post("/api/v1/posts")
                .then()
                .statusCode(422);

        // Deleting the post deletes the film from the store.
        assertThat(exists("videos/" + id + "/playback.mp4")).isTrue();
        given().auth()
                .oauth2(author)
                .when()
                .delete("/api/v1/posts/" + postId)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(author)
                .when()
                .get("/api/v1/videos/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("deleted"))
                .body("playbackUrl", equalTo(null));
        assertThat(exists("videos/" + id + "/playback.mp4")).isFalse();
        assertThat(exists("videos/" + id + "/poster.jpg")).isFalse();
    }

    @Test
    void guestbookEntriesShowVideosAndAskAboutCustomersInThem() {
        String token = Tokens.of(TestUsers.create("diarist", "paris-opera"));
        String id = VideoUploads.upload(token, TestClips.h264Mp4(dir, "moment.mp4", 320, 240, 1));
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of(
                        "kind", "customer_moment", "body", "Un client filme sa dégustation", "videoIds", List.of(id)))
                .when()
                .post("/api/v1/guestbooks/paris-opera/entries")
                .then()
                .statusCode(422)
                .body("errors.find { it.field == 'photosShowCustomer' }.code", equalTo("REQUIRED"));
        long entry = ((Number) given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(Map.of(
                                "kind",
                                "customer_moment",
                                "body",
                                "Un client filme sa dégustation",
                                "videoIds",
                                List.of(id),
                                "photosShowCustomer",
                                false))
                        .when()
                        .post("/api/v1/guestbooks/paris-opera/entries")
                        .then()
                        .statusCode(201)
                        .body("videos[0].id", equalTo(id))
                        .extract()
                        .path("id"))
                .longValue();
        // Editing without videoIds keeps them; an empty list takes them off.
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("kind", "customer_moment", "body", "Modifié", "photosShowCustomer", false))
                .when()
                .put("/api/v1/entries/" + entry)
                .then()
                .statusCode(200)
                .body("videos[0].id", equalTo(id));
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("kind", "customer_moment", "body", "Sans film", "videoIds", List.of()))
                .when()
                .put("/api/v1/entries/" + entry)
                .then()
                .statusCode(200)
                .body("videos.size()", equalTo(0));
    }

    @Test
    void cleanUpAbortsAbandonedUploadsAndRemovesOrphansButNothingInUse() throws Exception {
        String token = Tokens.of(TestUsers.create("leaver", "paris-opera"));
        Map<String, Object> upload = VideoUploads.start(token, "abandon.mp4", 9 * 1024 * 1024);
        String abandoned = (String) upload.get("videoId");
        VideoUploads.put(VideoUploads.partUrl(token, abandoned, 1), new byte[8 * 1024 * 1024]);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "update video set created_at = now() - interval '25 hours' where id = ?1")
                        .setParameter(1, UUID.fromString(abandoned))
                        .executeUpdate());
        String kept = VideoUploads.upload(token, TestClips.h264Mp4(dir, "garde.mp4", 320, 240, 1));
        VideoUploads.awaitDone(token, kept);
        String orphan = "videos/" + UUID.randomUUID() + "/playback.mp4";
        store.putObject(PutObjectArgs.builder().bucket("bravo").object(orphan).stream(
                        new ByteArrayInputStream(new byte[4321]), 4321, -1)
                .contentType("video/mp4")
                .build());
        // Nothing in flight: a job still processing would write objects its row does not name yet.
        awaitNoJobs();

        ReconciliationReport report = cleanup.run(Duration.ZERO);

        assertThat(report.uploadsAborted()).isGreaterThanOrEqualTo(1);
        assertThat(report.orphansRemoved()).isGreaterThanOrEqualTo(1);
        assertThat(report.bytesFreed()).isGreaterThanOrEqualTo(4321);
        assertThat(exists(orphan)).isFalse();
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/videos/uploads/" + abandoned)
                .then()
                .statusCode(200)
                .body("status", equalTo("aborted"));
        assertThat(exists("videos/" + kept + "/playback.mp4")).isTrue();
        assertThat(exists("videos/" + kept + "/poster.jpg")).isTrue();
        // Aborting freed the stored part: resuming it is no longer possible.
        given().auth()
                .oauth2(token)
                .when()
                .post("/api/v1/videos/uploads/" + abandoned + "/parts/1")
                .then()
                .statusCode(409);
    }

    @Test
    void onlyAdminsRunTheCleanUpByHand() {
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .post("/api/v1/admin/media/cleanup")
                .then()
                .statusCode(403);
        String admin = Tokens.of(TestUsers.create("janitor", null, "admin"));
        given().auth()
                .oauth2(admin)
                .when()
                .post("/api/v1/admin/media/cleanup")
                .then()
                .statusCode(200)
                .body("failures", equalTo(0));
    }

    private void awaitNoJobs() throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            long jobs = QuarkusTransaction.requiringNew()
                    .call(() -> ((Number) em.createNativeQuery("select count(*) from video_job")
                                    .getSingleResult())
                            .longValue());
            if (jobs == 0) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Video jobs still pending");
    }

    @Test
    void storageCallsFailCleanlyForUnknownIds() {
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .get("/api/v1/videos/nope")
                .then()
                .statusCode(404)
                .body("code", equalTo("VIDEO_NOT_FOUND"));
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .get("/api/v1/videos/" + UUID.randomUUID() + "/captions/fr")
                .then()
                .statusCode(404);
        given().when().get("/api/v1/videos/" + UUID.randomUUID()).then().statusCode(401);
    }
}
