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
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Checks that an upload really is an image by decoding it (the file name and declared type are ignored), then
 * re-encodes it: the output holds pixels only, no EXIF, GPS or comments, and a smaller thumbnail is made.
 *
 * <p>A small file can declare a huge canvas (a "decompression bomb": a 1 KB PNG declaring 30,000 × 30,000 pixels
 * would need 3.6 GB decoded). So the size is read from the header first and held to {@link #MAX_PIXELS}, and every
 * decode reserves its worst-case memory in the {@link ImageDecodeBudget} before a pixel is decoded.
 */
public final class ImageProcessor {
    static final Set<String> FORMATS = Set.of("jpeg", "png", "gif", "bmp");
    /** 60 megapixels: above the 48–50 MP modes of current phones, whose files also fit the 15 MB upload limit. */
    static final long MAX_PIXELS = 60_000_000L;

    static final int FULL_SIZE = 2560;
    static final int THUMBNAIL_SIZE = 480;

    /** The upload is not an image we can read. */
    public static class UnsupportedImage extends Exception {
        UnsupportedImage(String message) {
            super(message);
        }
    }

    /** The image declares more pixels than Bravo decodes; refused before decoding. */
    public static final class ImageTooLarge extends UnsupportedImage {
        ImageTooLarge(String message) {
            super(message);
        }

        /** The limit, for clients that show it. */
        public long maxPixels() {
            return MAX_PIXELS;
        }
    }

    public record Result(byte[] full, byte[] thumbnail, String contentType, int width, int height) {}

    private ImageProcessor() {}

    /**
     * Decodes, checks and re-encodes a photo.
     *
     * @throws ImageDecodeBudget.Busy when other photos hold the decoding memory for too long (retry shortly)
     */
    public static Result process(byte[] upload) throws UnsupportedImage {
        return process(upload, ImageDecodeBudget.shared());
    }

    static Result process(byte[] upload, ImageDecodeBudget budget) throws UnsupportedImage {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new UnsupportedImage("Not an image in a format Bravo reads (JPEG, PNG, GIF).");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!FORMATS.contains(format)) {
                    throw new UnsupportedImage("Images in " + format + " are not accepted.");
                }
                // Read from the header only: nothing is decoded yet.
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long pixels = (long) width * height;
                if (pixels > MAX_PIXELS) {
                    throw new ImageTooLarge("This image is " + width + " × " + height + " pixels ("
                            + pixels / 1_000_000 + " megapixels); Bravo accepts photos of up to "
                            + MAX_PIXELS / 1_000_000
                            + " megapixels.");
                }
                long cost = worstCaseBytes(reader, pixels);
                if (!budget.fits(cost)) {
                    throw new ImageTooLarge("This image (" + width + " × " + height + " pixels) needs more memory to "
                            + "process than this server allows for a photo; send a smaller version.");
                }
                try (ImageDecodeBudget.Reservation ignored = budget.reserve(cost)) {
                    return convert(reader.read(0), format, upload);
                }
            } finally {
                reader.dispose();
            }
        } catch (ImageDecodeBudget.Busy e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnsupportedImage("This image could not be read: it is damaged or in an unusual variant.");
        }
    }

    /**
     * The most heap a decode of this image holds at once: the decoded raster (at least 4 bytes a pixel, 8 for 16-bit
     * colour with alpha), the scaled copy, its upright copy and the encoder's buffer (at most {@link #FULL_SIZE}
     * squared each), and two thumbnails.
     */
    static long worstCaseBytes(ImageReader reader, long pixels) {
        int bytesPerPixel = 4;
        try {
            ImageTypeSpecifier type = reader.getRawImageType(0);
            if (type == null) {
                Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
                type = types.hasNext() ? types.next() : null;
            }
            if (type != null) {
                int bits = 0;
                for (int size : type.getSampleModel(1, 1).getSampleSize()) {
                    bits += size;
                }
                bytesPerPixel = Math.max(4, (bits + 7) / 8);
            }
        } catch (IOException | RuntimeException e) {
            bytesPerPixel = 8;
        }
        long output = Math.min(pixels, (long) FULL_SIZE * FULL_SIZE) * 4;
        return pixels * bytesPerPixel + 3 * output + 2L * THUMBNAIL_SIZE * THUMBNAIL_SIZE * 4;
    }

    private static Result convert(BufferedImage image, String format, byte[] upload) throws UnsupportedImage {
        int orientation = "jpeg".equals(format) ? ExifOrientation.of(upload) : 1;
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage full = ExifOrientation.apply(scale(image, FULL_SIZE, alpha), orientation);
        BufferedImage thumb = ExifOrientation.apply(scale(image, THUMBNAIL_SIZE, alpha), orientation);
        try {
            return new Result(
                    encode(full, alpha),
                    encode(thumb, alpha),
                    alpha ? "image/png" : "image/jpeg",
                    full.getWidth(),
                    full.getHeight());
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
