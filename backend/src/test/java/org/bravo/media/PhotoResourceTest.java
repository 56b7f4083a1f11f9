package org.bravo.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PhotoResourceTest {
    @Inject
    @Identifier("object-store")
    OkHttpClient store;

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A JPEG carrying an EXIF block with a GPS-looking marker, as phones write them. */
    static byte[] jpegWithExif() throws IOException {
        byte[] plain = image("jpg", 64, 48);
        byte[] tiff = "MM\0*\0\0\0\bGPSLatitude=48.8566".getBytes(StandardCharsets.ISO_8859_1);
        byte[] app1 = new byte[4 + 6 + tiff.length];
        app1[0] = (byte) 0xFF;
        app1[1] = (byte) 0xE1;
        int length = 2 + 6 + tiff.length;
        app1[2] = (byte) (length >> 8);
        app1[3] = (byte) length;
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, app1, 4, 6);
        System.arraycopy(tiff, 0, app1, 10, tiff.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(app1);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private static io.restassured.response.ValidatableResponse upload(
            String token, byte[] bytes, String name, String type) {
        return given().auth()
                .oauth2(token)
                .multiPart("file", name, bytes, type)
                .when()
                .post("/api/v1/media/photos")
                .then();
    }

    @Test
    void aPhotoIsReEncodedWithoutItsMetadataAndServedWithASignedUrl() throws IOException {
        byte[] original = jpegWithExif();
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");
        var uploaded = upload(Tokens.camille(), original, "IMG_0001.JPG", "image/jpeg")
                .statusCode(201)
                .body("width", equalTo(64))
                .body("height", equalTo(48))
                .body("url", startsWith("/api/v1/media/photos/"))
                .extract();
        String url = uploaded.path("url");
        byte[] served = given().when()
                .get(url)
                .then()
                .statusCode(200)
                .contentType("image/jpeg")
                .header("X-Content-Type-Options", "nosniff")
                .extract()
                .asByteArray();
        assertThat(new String(served, StandardCharsets.ISO_8859_1))
                .doesNotContain("GPSLatitude")
                .doesNotContain("Exif");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(served)).getWidth())
                .isEqualTo(64);
        given().when()
                .get((String) uploaded.path("thumbnailUrl"))
                .then()
                .statusCode(200)
                .contentType("image/jpeg");
    }

    @Test
    void aTamperedOrUnsignedUrlIsNotFound() throws IOException {
        String url = upload(Tokens.camille(), image("png", 10, 10), "a.png", "image/png")
                .statusCode(201)
                .extract()
                .path("url");
        String unsigned = url.substring(0, url.indexOf('?'));
        given().when().get(unsigned).then().statusCode(404).body("code", equalTo("PHOTO_NOT_FOUND"));
        // One character of the signature changed (to another one: a signature may well start with "A").
        String sig = url.substring(url.indexOf("sig=") + 4);
        String tampered = url.replace("sig=" + sig, "sig=" + (sig.charAt(0) == 'A' ? 'B' : 'A') + sig.substring(1));
        assertThat(tampered).isNotEqualTo(url);
        given().when().get(tampered).then().statusCode(404);
        given().when()
                .get(url.replaceAll("exp=[0-9]+", "exp=99999999999"))
                .then()
                .statusCode(404);
    }

    @Test
    void somethingThatIsNotAnImageIsRefusedWhateverItsName() {
        upload(
                        Tokens.camille(),
                        "#!/bin/sh\necho pwned\n".getBytes(StandardCharsets.UTF_8),
                        "holiday.jpg",
                        "image/jpeg")
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("UNSUPPORTED_IMAGE"));
    }

    @Test
    void anonymousCannotUpload() throws IOException {
        given().multiPart("file", "a.png", image("png", 4, 4), "image/png")
                .when()
                .post("/api/v1/media/photos")
                .then()
                .statusCode(401);
    }

    @Test
    void aPostShowsItsPhotosButNobodyAttachesSomeoneElsesPhoto() throws IOException {
        String mine = upload(Tokens.camille(), image("png", 20, 10), "vitrine.png", "image/png")
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(Tokens.lucas())
                .contentType("application/json")
                .body(Map.of("kind", "practice", "title", "Pas ma photo", "photoIds", List.of(mine)))
                .when()
                .post("/api/v1/posts")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("photoIds"))
                .body("errors[0].code", equalTo("UNKNOWN"));
        int post = given().auth()
                .oauth2(Tokens.camille())
                .contentType("application/json")
                .body(Map.of("kind", "practice", "title", "Ma vitrine", "photoIds", List.of(mine)))
                .when()
                .post("/api/v1/posts")
                .then()
                .statusCode(201)
                .body("photos[0].id", equalTo(mine))
                .body("photos[0].width", equalTo(20))
                .body("thumbnailUrl", startsWith("/api/v1/media/photos/" + mine + "/thumbnail"))
                .extract()
                .path("id");
        // A moderator editing the post keeps the author's photo.
        given().auth()
                .oauth2(Tokens.moderator())
                .contentType("application/json")
                .body(Map.of("title", "Ma vitrine (modérée)", "photoIds", List.of(mine)))
                .when()
                .put("/api/v1/posts/" + post)
                .then()
                .statusCode(200)
                .body("photos.size()", equalTo(1));
    }

    /**
     * Browsers drop image requests when a page is left while its thumbnails load: the photo then reaches nobody, and
     * its connection to the store must be given back all the same, or the store's connections run out.
     */
    @Test
    void aBrowserThatGivesUpBeforeAPhotoArrivesLeavesNoConnectionToTheStoreTaken() throws Exception {
        String thumbnail = upload(Tokens.camille(), image("jpg", 900, 600), "comptoir.jpg", "image/jpeg")
                .statusCode(201)
                .extract()
                .path("thumbnailUrl");
        given().when().get(thumbnail).then().statusCode(200);
        awaitNoConnectionTaken();

        for (int i = 0; i < 40; i++) {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET " + thumbnail + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // Given up at various moments while the photo is fetched from the store; reset rather than a polite
                // close, as a tab being closed does.
                Thread.sleep(i % 20);
                socket.setSoLinger(true, 0);
            }
        }
        awaitNoConnectionTaken();
        given().when().get(thumbnail).then().statusCode(200).contentType("image/jpeg");
    }

    /**
     * Other work may use the store now and then (a film being processed by an earlier test): a moment with no
     * connection taken is enough, and a leaked connection never gives one.
     */
    private void awaitNoConnectionTaken() throws InterruptedException {
        ConnectionPool pool = store.connectionPool();
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (pool.connectionCount() - pool.idleConnectionCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(pool.connectionCount() - pool.idleConnectionCount())
                .as("connections to the store still taken")
                .isZero();
    }
}
