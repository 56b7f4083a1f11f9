package org.bravo.media.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Checks that an upload really is an image by decoding it (the file name and declared type are ignored), then
 * re-encodes it: the output holds pixels only, no EXIF, GPS or comments, and a smaller thumbnail is made.
 */
public final class ImageProcessor {
    static final Set<String> FORMATS = Set.of("jpeg", "png", "gif", "bmp");
    static final long MAX_PIXELS = 60_000_000L;
    static final int FULL_SIZE = 2560;
    static final int THUMBNAIL_SIZE = 480;

    /** The upload is not an image we can read, or too large to decode safely. */
    public static final class UnsupportedImage extends Exception {
        UnsupportedImage(String message) {
            super(message);
        }
    }

    public record Result(byte[] full, byte[] thumbnail, String contentType, int width, int height) {
    }

    private ImageProcessor() {
    }

    public static Result process(byte[] upload) throws UnsupportedImage {
        BufferedImage image;
        String format;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new UnsupportedImage("Not an image in a format Bravo reads (JPEG, PNG, GIF).");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!FORMATS.contains(format)) {
                    throw new UnsupportedImage("Images in " + format + " are not accepted.");
                }
                // Checked before decoding: a small file can declare a huge canvas (a "decompression bomb").
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new UnsupportedImage("This image has too many pixels.");
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnsupportedImage("This image could not be read: it is damaged or in an unusual variant.");
        }
        int orientation = "jpeg".equals(format) ? ExifOrientation.of(upload) : 1;
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage full = ExifOrientation.apply(scale(image, FULL_SIZE, alpha), orientation);
        BufferedImage thumb = ExifOrientation.apply(scale(image, THUMBNAIL_SIZE, alpha), orientation);
        try {
            return new Result(encode(full, alpha), encode(thumb, alpha), alpha ? "image/png" : "image/jpeg",
                    full.getWidth(), full.getHeight());
        } catch (IOException e) {
            throw new UnsupportedImage("This image could not be converted.");
        }
    }

    /** Fits the image within {@code max}×{@code max}, never enlarging, always into a plain RGB(A) raster. */
    static BufferedImage scale(BufferedImage src, int max, boolean alpha) {
        double ratio = Math.min(1.0, (double) max / Math.max(src.getWidth(), src.getHeight()));
        int w = Math.max(1, (int) Math.round(src.getWidth() * ratio));
        int h = Math.max(1, (int) Math.round(src.getHeight() * ratio));
        BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
            }
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] encode(BufferedImage image, boolean alpha) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (alpha) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
