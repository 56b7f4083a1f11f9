package org.bravo.media.internal;

import java.awt.image.BufferedImage;

/**
 * Phones store photos as the sensor saw them and record the rotation in EXIF. Re-encoding drops EXIF (with the GPS
 * position it may hold), so the rotation is applied to the pixels first or the photo would appear sideways.
 */
final class ExifOrientation {
    private ExifOrientation() {}

    /** The EXIF orientation (1–8) of a JPEG, or 1 when absent or unreadable. */
    static int of(byte[] jpeg) {
        try {
            if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
                return 1;
            }
            int pos = 2;
            while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
                int marker = jpeg[pos + 1] & 0xFF;
                int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
                if (marker == 0xDA || marker == 0xD9) {
                    return 1;
                }
                if (marker == 0xE1 && length >= 8 && startsWithExif(jpeg, pos + 4)) {
                    return fromTiff(jpeg, pos + 10, pos + 2 + length);
                }
                pos += 2 + length;
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            return 1;
        }
        return 1;
    }

    private static boolean startsWithExif(byte[] b, int at) {
        return b[at] == 'E'
                && b[at + 1] == 'x'
                && b[at + 2] == 'i'
                && b[at + 3] == 'f'
                && b[at + 4] == 0
                && b[at + 5] == 0;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        int ifd = tiff + read(b, tiff + 4, 4, little);
        int entries = read(b, ifd, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (entry + 12 > end) {
                break;
            }
            if (read(b, entry, 2, little) == 0x0112) {
                int value = read(b, entry + 8, 2, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int read(byte[] b, int at, int size, boolean little) {
        int value = 0;
        for (int i = 0; i < size; i++) {
            int octet = b[at + (little ? size - 1 - i : i)] & 0xFF;
            value = (value << 8) | octet;
        }
        return value;
    }

    /** The image as it should be seen, for an EXIF orientation. */
    static BufferedImage apply(BufferedImage src, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = orientation >= 5;
        BufferedImage dst = new BufferedImage(
                swap ? h : w, swap ? w : h, src.getType() == 0 ? BufferedImage.TYPE_INT_ARGB : src.getType());
        for (int y = 0; y < dst.getHeight(); y++) {
            for (int x = 0; x < dst.getWidth(); x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> {
                        sx = w - 1 - x;
                        sy = y;
                    }
                    case 3 -> {
                        sx = w - 1 - x;
                        sy = h - 1 - y;
                    }
                    case 4 -> {
                        sx = x;
                        sy = h - 1 - y;
                    }
                    case 5 -> {
                        sx = y;
                        sy = x;
                    }
                    case 6 -> {
                        sx = y;
                        sy = h - 1 - x;
                    }
                    case 7 -> {
                        sx = w - 1 - y;
                        sy = h - 1 - x;
                    }
                    default -> {
                        sx = w - 1 - y;
                        sy = x;
                    }
                }
                dst.setRGB(x, y, src.getRGB(sx, sy));
            }
        }
        return dst;
    }
}
