package org.bravo.testing;

import static io.restassured.RestAssured.given;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real images uploaded through the real API, for tests that attach photos. */
public final class Photos {
    private Photos() {}

    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Uploads a small PNG as the token's owner; returns the photo id. */
    public static String upload(String token) {
        return given().auth()
                .oauth2(token)
                .multiPart("file", "vitrine.png", png(24, 16), "image/png")
                .when()
                .post("/api/v1/media/photos")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
