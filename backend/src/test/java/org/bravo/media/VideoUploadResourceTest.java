package org.bravo.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VideoUploadResourceTest {
    static final int PART = 8 * 1024 * 1024;

    @Inject
    MinioClient store;

    private final HttpClient http = HttpClient.newHttpClient();

    private static Map<String, Object> start(String token, long size) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("fileName", "methode-latte.mov", "size", size, "contentType", "video/quicktime"))
                .when()
                .post("/api/v1/videos/uploads")
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);
    }

    private static String partUrl(String token, String id, int part) {
        return given().auth()
                .oauth2(token)
                .when()
                .post("/api/v1/videos/uploads/" + id + "/parts/" + part)
                .then()
                .statusCode(200)
                .extract()
                .path("url");
    }

    /** PUTs the bytes to the signed URL, as a browser would; returns the ETag the store gives the part. */
    private String put(String url, byte[] bytes) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void aVideoGoesStraightToTheStoreInPartsAndCanBeResumed() throws Exception {
        String token = Tokens.of(TestUsers.create("filmer", "paris-opera"));
        byte[] first = new byte[PART];
        Arrays.fill(first, (byte) 1);
        byte[] last = new byte[1234];
        Arrays.fill(last, (byte) 2);
        Map<String, Object> upload = start(token, first.length + last.length);
        String id = (String) upload.get("videoId");
        assertThat(upload)
                .containsEntry("partCount", 2)
                .containsEntry("partSize", PART)
                .containsEntry("status", "uploading");

        String etag1 = put(partUrl(token, id, 1), first);
        // The connection drops here; the page reloads and asks what the store already has.
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/videos/uploads/" + id)
                .then()
                .statusCode(200)
                .body("parts", hasSize(1))
                .body("parts[0].partNumber", equalTo(1))
                .body("parts[0].size", equalTo(PART));
        // Completing before every part is there is refused, and loses nothing.
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of(
                        "parts",
                        List.of(
                                Map.of("partNumber", 1, "etag", etag1),
                                Map.of("partNumber", 2, "etag", "\"missing\""))))
                .when()
                .post("/api/v1/videos/uploads/" + id + "/complete")
                .then()
                .statusCode(409)
                .body("code", equalTo("UPLOAD_INCOMPLETE"));
        String etag2 = put(partUrl(token, id, 2), last);

        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of(
                        "parts",
                        List.of(Map.of("partNumber", 2, "etag", etag2), Map.of("partNumber", 1, "etag", etag1))))
                .when()
                .post("/api/v1/videos/uploads/" + id + "/complete")
                .then()
                .statusCode(200)
                .body("status", equalTo("processing"));
        // Bytes of ones and twos are no film: processing rejects them, says why, and deletes the file.
        Map<String, Object> done = org.bravo.testing.VideoUploads.awaitDone(token, id);
        assertThat(done).containsEntry("status", "failed");
        assertThat((String) done.get("failureReason")).contains("not a video");
        assertThatThrownBy(() -> store.statObject(StatObjectArgs.builder()
                        .bucket("bravo")
                        .object("videos/" + id + "/original")
                        .build()))
                .isInstanceOf(Exception.class);
        given().auth()
                .oauth2(token)
                .when()
                .post("/api/v1/videos/uploads/" + id + "/parts/1")
                .then()
                .statusCode(409)
                .body("code", equalTo("UPLOAD_FINISHED"));
    }

    @Test
    void tooLargeIsRefusedBeforeAnyByteAndTooManyUploadsAt429() {
        String token = Tokens.of(TestUsers.create("busy", "paris-opera"));
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("fileName", "film.mp4", "size", 5L * 1024 * 1024 * 1024))
                .when()
                .post("/api/v1/videos/uploads")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("VIDEO_TOO_LARGE"));
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("size", 0))
                .when()
                .post("/api/v1/videos/uploads")
                .then()
                .statusCode(422)
                .body("errors.find { it.field == 'fileName' }.code", equalTo("REQUIRED"))
                .body("errors.find { it.field == 'size' }.code", equalTo("INVALID"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add((String) start(token, 1000).get("videoId"));
        }
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("fileName", "quatrieme.mp4", "size", 1000))
                .when()
                .post("/api/v1/videos/uploads")
                .then()
                .statusCode(429)
                .body("code", equalTo("TOO_MANY_UPLOADS"));
        // Cancelling one frees a place.
        given().auth()
                .oauth2(token)
                .when()
                .delete("/api/v1/videos/uploads/" + ids.get(0))
                .then()
                .statusCode(204);
        start(token, 1000);
    }

    @Test
    void someoneElsesUploadDoesNotExistForYou() {
        String owner = Tokens.of(TestUsers.create("owner", "paris-opera"));
        String id = (String) start(owner, 1000).get("videoId");
        String other = Tokens.lucas();
        given().auth()
                .oauth2(other)
                .when()
                .get("/api/v1/videos/uploads/" + id)
                .then()
                .statusCode(404)
                .body("code", equalTo("VIDEO_NOT_FOUND"));
        given().auth()
                .oauth2(other)
                .when()
                .post("/api/v1/videos/uploads/" + id + "/parts/1")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(other)
                .contentType("application/json")
                .body(Map.of("parts", List.of()))
                .when()
                .post("/api/v1/videos/uploads/" + id + "/complete")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(other)
                .when()
                .delete("/api/v1/videos/uploads/" + id)
                .then()
                .statusCode(404);
        given().when().post("/api/v1/videos/uploads/" + id + "/parts/1").then().statusCode(401);
        given().auth()
                .oauth2(owner)
                .when()
                .post("/api/v1/videos/uploads/" + id + "/parts/2")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("partNumber"));
        given().auth()
                .oauth2(owner)
                .when()
                .get("/api/v1/videos/uploads/not-a-uuid")
                .then()
                .statusCode(404);
    }
}
