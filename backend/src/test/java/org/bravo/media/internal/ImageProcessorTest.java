package org.bravo.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.bravo.testing.ImageBombs;
import org.junit.jupiter.api.Test;

class ImageProcessorTest {

    /** Left half red, right half blue: enough to see where a rotation puts things. */
    private static BufferedImage halves(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, x < w / 2 ? 0xFF0000 : 0x0000FF);
            }
        }
        return image;
    }

    /** A JPEG whose EXIF says "rotate 90° clockwise to view", as a phone held upright writes it. */
    private static byte[] jpegWithOrientation(BufferedImage image, int orientation) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        byte[] bytes = plain.toByteArray();
        byte[] tiff = {
            'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, 2);
        int length = 2 + 6 + tiff.length;
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.write(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        out.write(tiff);
        out.write(bytes, 2, bytes.length - 2);
        return out.toByteArray();
    }

    @Test
    void readsTheOrientationAPhoneWrote() throws IOException {
        assertThat(ExifOrientation.of(jpegWithOrientation(halves(8, 4), 6))).isEqualTo(6);
        assertThat(ExifOrientation.of(jpegWithOrientation(halves(8, 4), 3))).isEqualTo(3);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(halves(8, 4), "jpg", plain);
        assertThat(ExifOrientation.of(plain.toByteArray())).isEqualTo(1);
        assertThat(ExifOrientation.of(new byte[] {1, 2, 3})).isEqualTo(1);
    }

    @Test
    void rotatesPixelsSoThePhotoIsUpright() {
        BufferedImage src = halves(4, 2);
        BufferedImage cw = ExifOrientation.apply(src, 6);
        assertThat(cw.getWidth()).isEqualTo(2);
        assertThat(cw.getHeight()).isEqualTo(4);
        // Turned clockwise, the left (red) half ends up on top.
        assertThat(cw.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(cw.getRGB(0, 3) & 0xFFFFFF).isEqualTo(0x0000FF);
        BufferedImage ccw = ExifOrientation.apply(src, 8);
        assertThat(ccw.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x0000FF);
        BufferedImage upsideDown = ExifOrientation.apply(src, 3);
        assertThat(upsideDown.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x0000FF);
        assertThat(ExifOrientation.apply(src, 1)).isSameAs(src);
    }

    @Test
    void aRotatedPhoneJpegComesOutUprightWithoutMetadata() throws Exception {
        ImageProcessor.Result result = ImageProcessor.process(jpegWithOrientation(halves(400, 200), 6));
        assertThat(result.width()).isEqualTo(200);
        assertThat(result.height()).isEqualTo(400);
        assertThat(result.contentType()).isEqualTo("image/jpeg");
        assertThat(ExifOrientation.of(result.full())).isEqualTo(1);
        BufferedImage full = ImageIO.read(new ByteArrayInputStream(result.full()));
        assertThat(full.getRGB(100, 20) & 0xFF0000).isGreaterThan(0xC00000);
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(result.thumbnail()));
        assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isLessThanOrEqualTo(ImageProcessor.THUMBNAIL_SIZE);
    }

    @Test
    void largePhotosAreBroughtDownAndTransparencyIsKept() throws Exception {
        BufferedImage big = new BufferedImage(3000, 1500, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(big, "png", png);
        ImageProcessor.Result result = ImageProcessor.process(png.toByteArray());
        assertThat(result.width()).isEqualTo(ImageProcessor.FULL_SIZE);
        assertThat(result.height()).isEqualTo(1280);
        assertThat(result.contentType()).isEqualTo("image/png");
    }

    @Test
    void textIsNotAnImage() {
        assertThatThrownBy(() -> ImageProcessor.process("GIF89a but not really".getBytes()))
                .isInstanceOf(ImageProcessor.UnsupportedImage.class);
        assertThatThrownBy(() -> ImageProcessor.process(new byte[0]))
                .isInstanceOf(ImageProcessor.UnsupportedImage.class);
    }

    @Test
    void aSmallPngDeclaringAHugeCanvasIsRefusedFromItsHeaderWithoutDecoding() {
        byte[] bomb = ImageBombs.png(30_000, 30_000);
        assertThat(bomb.length).isLessThan(2048);
        assertThatThrownBy(() -> ImageProcessor.process(bomb))
                .isInstanceOf(ImageProcessor.ImageTooLarge.class)
                .hasMessageContaining("30000 × 30000")
                .hasMessageContaining("60 megapixels");
    }

    @Test
    void everyAcceptedFormatIsMeasuredFromItsHeader() throws IOException {
        // Each format's header patched to declare 20,000 × 20,000 (400 MP) over a tiny real image.
        byte[] bmp = encoded("bmp", 8, 8);
        ByteBuffer.wrap(bmp).order(ByteOrder.LITTLE_ENDIAN).putInt(18, 20_000).putInt(22, 20_000);
        byte[] jpeg = encoded("jpg", 8, 8);
        int sof = indexOfMarker(jpeg, 0xC0);
        ByteBuffer.wrap(jpeg).putShort(sof + 5, (short) 20_000).putShort(sof + 7, (short) 20_000);
        byte[] gif = encoded("gif", 8, 8);
        int descriptor = indexOfMarker(gif, -1);
        ByteBuffer.wrap(gif)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putShort(6, (short) 20_000)
                .putShort(8, (short) 20_000)
                .putShort(descriptor + 5, (short) 20_000)
                .putShort(descriptor + 7, (short) 20_000);
        for (byte[] bomb : List.of(jpeg, gif)) {
            assertThatThrownBy(() -> ImageProcessor.process(bomb))
                    .isInstanceOf(ImageProcessor.ImageTooLarge.class)
                    .hasMessageContaining("20000 × 20000");
        }
        // The BMP reader itself refuses a header declaring more pixels than the file holds.
        assertThatThrownBy(() -> ImageProcessor.process(bmp)).isInstanceOf(ImageProcessor.UnsupportedImage.class);
    }

    private static byte[] encoded(String format, int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(halves(w, h), format, out);
        return out.toByteArray();
    }

    /** JPEG: the offset of marker FF{@code code}; GIF ({@code code} -1): the offset of the image descriptor (0x2C). */
    private static int indexOfMarker(byte[] bytes, int code) {
        if (code < 0) {
            int at = 13 + ((bytes[10] & 0x80) != 0 ? 3 * (1 << ((bytes[10] & 7) + 1)) : 0);
            while (bytes[at] == 0x21) {
                at += 2;
                while (bytes[at] != 0) {
                    at += (bytes[at] & 0xFF) + 1;
                }
                at++;
            }
            assertThat(bytes[at]).isEqualTo((byte) 0x2C);
            return at;
        }
        for (int i = 0; i + 1 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == code) {
                return i;
            }
        }
        throw new AssertionError("no marker " + code);
    }

    @Test
    void aDecodeThatFindsNoRoomInTheBudgetIsToldToComeBackNotRunOutOfMemory() throws Exception {
        byte[] photo = encoded("png", 200, 100);
        long needs = 200 * 100 * 4 + 3 * 200 * 100 * 4 + 2L * 480 * 480 * 4;
        ImageDecodeBudget budget = new ImageDecodeBudget(needs + 4096, Duration.ofMillis(200));
        assertThat(ImageProcessor.process(photo, budget).width()).isEqualTo(200);
        try (ImageDecodeBudget.Reservation held = budget.reserve(needs / 2)) {
            assertThatThrownBy(() -> ImageProcessor.process(photo, budget)).isInstanceOf(ImageDecodeBudget.Busy.class);
        }
        assertThat(ImageProcessor.process(photo, budget).width())
                .as("room given back")
                .isEqualTo(200);
        ImageDecodeBudget tiny = new ImageDecodeBudget(needs / 2, Duration.ofMillis(200));
        assertThatThrownBy(() -> ImageProcessor.process(photo, tiny)).isInstanceOf(ImageProcessor.ImageTooLarge.class);
    }
}
