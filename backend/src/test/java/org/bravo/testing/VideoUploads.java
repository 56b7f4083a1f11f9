package org.bravo.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Uploads files through the API's multipart flow, as the web app does: sign each part, PUT it to the store. */
public final class VideoUploads {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private VideoUploads() {}

    @SuppressWarnings("unchecked")
    public static Map<String, Object> start(String token, String fileName, long size) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("fileName", fileName, "size", size, "contentType", "video/mp4"))
                .when()
                .post("/api/v1/videos/uploads")
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);
    }

    public static String partUrl(String token, String id, int part) {
        return given().auth()
                .oauth2(token)
                .when()
                .post("/api/v1/videos/uploads/" + id + "/parts/" + part)
                .then()
                .statusCode(200)
                .extract()
                .path("url");
    }

    /** PUTs bytes to a signed URL; returns the part's ETag. */
    public static String put(String url, byte[] bytes) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.headers().firstValue("ETag").orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static byte[] part(Path file, long partSize, int partNumber) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long offset = (partNumber - 1) * partSize;
            byte[] bytes = new byte[(int) Math.min(partSize, in.length() - offset)];
            in.seek(offset);
            in.readFully(bytes);
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void complete(String token, String id, List<Map<String, Object>> parts, int status) {
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("parts", parts))
                .when()
                .post("/api/v1/videos/uploads/" + id + "/complete")
                .then()
                .statusCode(status);
    }

    /** Uploads a whole file and completes it; returns the video id. */
    public static String upload(String token, Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> upload = start(token, file.getFileName().toString(), size);
        String id = (String) upload.get("videoId");
        int partSize = (Integer) upload.get("partSize");
        int count = (Integer) upload.get("partCount");
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            parts.add(Map.of("partNumber", n, "etag", put(partUrl(token, id, n), part(file, partSize, n))));
        }
        complete(token, id, parts, 200);
        return id;
    }

    /** Polls the uploader's view until the video reaches one of {@code statuses}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> await(String token, String id, Set<String> statuses, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Object> video;
        do {
            video = given().auth()
                    .oauth2(token)
                    .when()
                    .get("/api/v1/videos/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .as(Map.class);
            if (statuses.contains(video.get("status"))) {
                return video;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("Video " + id + " still " + video.get("status") + " after " + timeout);
    }

    public static Map<String, Object> awaitDone(String token, String id) {
        return await(token, id, Set.of("ready", "failed"), Duration.ofSeconds(90));
    }

    /** What {@link #postWithCaptionedFilm} publishes: the post and its film. */
    public record FilmedPost(long postId, String videoId) {}

    /**
     * Publishes "Le latte art en trois gestes" with a ready 3-second film whose French captions say "Mousser le lait
     * entier" from 0.5 s and "Verser doucement puis dessiner une rosace" from 1.5 s.
     */
    public static FilmedPost postWithCaptionedFilm(String token, Path dir) {
        String video = upload(token, TestClips.h264Mp4(dir, "rosace.mp4", 320, 240, 3));
        awaitDone(token, video);
        long post = ((Number) given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(Map.of(
                                "kind",
                                "practice",
                                "title",
                                "Le latte art en trois gestes",
                                "body",
                                "Regardez",
                                "videoIds",
                                List.of(video)))
                        .when()
                        .post("/api/v1/posts")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of(
                        "vtt",
                        "WEBVTT\n\n00:00.500 --> 00:01.500\nMousser le lait entier\n\n"
                                + "00:01.500 --> 00:02.800\nVerser doucement puis dessiner une rosace\n"))
                .when()
                .put("/api/v1/videos/" + video + "/captions/fr")
                .then()
                .statusCode(200);
        return new FilmedPost(post, video);
    }
}
