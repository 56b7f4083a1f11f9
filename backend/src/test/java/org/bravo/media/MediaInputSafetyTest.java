package org.bravo.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.bravo.testing.Api;
import org.bravo.testing.ImageBombs;
import org.bravo.testing.Photos;
import org.bravo.testing.TestClips;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.bravo.testing.VideoUploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile media through the real upload flows: files that name other files, and decompression bombs. */
@QuarkusTest
class MediaInputSafetyTest {
    @Inject
    MinioClient store;

    @TempDir
    Path dir;

    @BeforeEach
    void shops() {
        Api.ensureShop("paris-opera", "Paris Opéra");
    }

    @Test
    void aPlaylistOrConcatListNamingAFileOnTheBackendsDiskFailsAndNoneOfItsBytesReachTheStore() throws Exception {
        String token = Tokens.of(TestUsers.create("intruder", "paris-opera"));
        // Someone else's film, as the local store keeps it: a plain file on the backend's disk.
        Path secret = TestClips.tsSegment(dir, "someone-elses-film.ts", 2);
        byte[] secretBytes = Files.readAllBytes(secret);
        String playlist = VideoUploads.upload(
                token,
                TestClips.hlsPlaylist(dir, "film.mp4", secret.toAbsolutePath().toString()));
        String concat = VideoUploads.upload(
                token,
                TestClips.ffconcatList(
                        dir, "montage.mp4", secret.toAbsolutePath().toString()));
        // A real film of the same person, so that the store holds objects to search whichever tests ran before.
        VideoUploads.awaitDone(token, VideoUploads.upload(token, TestClips.h264Mp4(dir, "real.mp4", 320, 240, 1)));

        for (String id : List.of(playlist, concat)) {
            Map<String, Object> video = VideoUploads.awaitDone(token, id);
            assertThat(video).containsEntry("status", "failed").containsEntry("playbackUrl", null);
            assertThat((String) video.get("failureReason")).contains("not a video format Bravo accepts");
            // The code and the format it names, for the uploader's language.
            assertThat(video).containsEntry("failureCode", "FORMAT_NOT_ACCEPTED");
            assertThat(video.get("failureParams").toString()).contains("format=", "accepted=");
        }
        // Nothing was published under either video, and no object anywhere holds the film's bytes.
        List<String> keys = new ArrayList<>();
        for (Result<Item> item : store.listObjects(
                ListObjectsArgs.builder().bucket("bravo").recursive(true).build())) {
            String key = item.get().objectName();
            keys.add(key);
            assertThat(key).doesNotContain(playlist).doesNotContain(concat);
            byte[] content;
            try (InputStream in = store.getObject(
                    GetObjectArgs.builder().bucket("bravo").object(key).build())) {
                content = in.readAllBytes();
            }
            for (int at : List.of(secretBytes.length / 4, secretBytes.length / 2, secretBytes.length * 3 / 4)) {
                byte[] window = Arrays.copyOfRange(secretBytes, at, at + 64);
                assertThat(indexOf(content, window))
                        .as("object %s holds bytes of the file on disk", key)
                        .isEqualTo(-1);
            }
        }
        assertThat(keys)
                .as("the store was listed: the real film's objects at least are there")
                .isNotEmpty();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A real 4000 × 3000 photo (12 MP, as phones take), with enough detail to be a few MB. */
    static byte[] largeJpeg() throws IOException {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(i * 6, 255 - i * 6, (i * 37) % 255));
            g.fillRect(i * 100, 0, 100, 3000);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static Response upload(String token, String name, byte[] bytes, String type) {
        return given().auth()
                .oauth2(token)
                .multiPart("file", name, bytes, type)
                .when()
                .post("/api/v1/media/photos");
    }

    @Test
    void aOneKilobytePngDeclaring30000By30000PixelsIsRefusedAndTheBackendStaysHealthy() throws Exception {
        String token = Tokens.of(TestUsers.create("bomber", "paris-opera"));
        byte[] bomb = ImageBombs.png(30_000, 30_000);
        assertThat(bomb.length).isLessThan(2048);

        upload(token, "vitrine.png", bomb, "image/png")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("IMAGE_TOO_LARGE"))
                .body("detail", containsString("60 megapixels"))
                .body("maxPixels", equalTo(60_000_000));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        assertThat(Photos.upload(token)).isNotBlank();
    }

    @Test
    void bombsAndLargePhotosSentTogetherEachGetTheirAnswer() throws Exception {
        String token = Tokens.of(TestUsers.create("rush", "paris-opera"));
        byte[] bomb = ImageBombs.png(30_000, 30_000);
        byte[] large = largeJpeg();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> bombs = new ArrayList<>();
            List<Future<Integer>> photos = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                bombs.add(pool.submit((Callable<Integer>)
                        () -> upload(token, "b.png", bomb, "image/png").statusCode()));
                if (i % 2 == 0) {
                    photos.add(pool.submit((Callable<Integer>)
                            () -> upload(token, "shop.jpg", large, "image/jpeg").statusCode()));
                }
            }
            for (Future<Integer> answer : bombs) {
                assertThat(answer.get()).isEqualTo(422);
            }
            for (Future<Integer> answer : photos) {
                assertThat(answer.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        upload(token, "after.jpg", large, "image/jpeg").then().statusCode(201).body("width", equalTo(2560));
    }
}
