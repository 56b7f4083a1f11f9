package org.bravo.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Small files declaring huge images ("decompression bombs"), built byte by byte so the header is exactly as stated. */
public final class ImageBombs {
    private ImageBombs() {}

    /**
     * A valid PNG of about 1 KB whose header declares {@code width} × {@code height} RGB pixels, with the first rows
     * of zeros compressed in its data: a decoder that trusted the header would allocate the whole canvas.
     */
    public static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            chunk(
                    out,
                    "IHDR",
                    ByteBuffer.allocate(13)
                            .putInt(width)
                            .putInt(height)
                            .put((byte) 8)
                            .put((byte) 2)
                            .put((byte) 0)
                            .put((byte) 0)
                            .put((byte) 0)
                            .array());
            Deflater deflater = new Deflater(9);
            deflater.setInput(new byte[200_000]);
            deflater.finish();
            byte[] buffer = new byte[4096];
            int length = deflater.deflate(buffer);
            deflater.end();
            chunk(out, "IDAT", Arrays.copyOf(buffer, length));
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
