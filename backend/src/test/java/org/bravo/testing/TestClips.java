package org.bravo.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Video files generated with the system's ffmpeg, so tests never depend on binary fixtures. */
public final class TestClips {
    private TestClips() {}

    /** A landscape H.264/AAC MP4 with a test pattern and a tone. */
    public static Path h264Mp4(Path dir, String name, int width, int height, double seconds) {
        Path file = dir.resolve(name);
        ffmpeg(
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=" + width + "x" + height + ":rate=25",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:sample_rate=44100",
                "-t",
                String.valueOf(seconds),
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-pix_fmt",
                "yuv420p",
                "-c:a",
                "aac",
                "-shortest",
                file.toString());
        return file;
    }

    /** A lossless (hence large: about 1.7 MB a second) 720p H.264 MP4, for uploads of several parts. */
    public static Path largeH264Mp4(Path dir, String name, double seconds) {
        Path file = dir.resolve(name);
        ffmpeg(
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=1280x720:rate=25",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:sample_rate=44100",
                "-t",
                String.valueOf(seconds),
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-qp",
                "0",
                "-pix_fmt",
                "yuv420p",
                "-c:a",
                "aac",
                "-shortest",
                file.toString());
        return file;
    }

    /**
     * What an iPhone held upright records: HEVC 10-bit in a QuickTime file, landscape pixels plus a display matrix
     * saying "turn by 90°".
     */
    public static Path rotatedHevcMov(Path dir, String name, int width, int height, double seconds) {
        Path file = dir.resolve(name);
        Path unrotated = dir.resolve("unrotated-" + name);
        ffmpeg(
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=" + width + "x" + height + ":rate=30",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=660:sample_rate=48000",
                "-t",
                String.valueOf(seconds),
                "-c:v",
                "libx265",
                "-preset",
                "ultrafast",
                "-x265-params",
                "log-level=error",
                "-pix_fmt",
                "yuv420p10le",
                "-tag:v",
                "hvc1",
                "-c:a",
                "aac",
                "-shortest",
                unrotated.toString());
        // ffmpeg 5 writes the display matrix from the "rotate" tag only when copying streams, not when encoding.
        ffmpeg("-i", unrotated.toString(), "-c", "copy", "-metadata:s:v:0", "rotate=90", file.toString());
        try {
            Files.delete(unrotated);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    /** A still picture under a video's name. */
    public static Path pngNamedMp4(Path dir, String name) {
        Path file = dir.resolve(name);
        ffmpeg(
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=320x240",
                "-frames:v",
                "1",
                "-f",
                "image2",
                "-c:v",
                "png",
                file.toString());
        return file;
    }

    /** Text under a video's name. */
    public static Path textNamedMp4(Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, "Ceci n'est pas une vidéo.\n".repeat(2000), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    /**
     * What a phone writes beside the film: GPS position (QuickTime's ISO 6709 {@code location}), make, model, a
     * comment and the recording time, globally and on each track.
     */
    public static Path taggedPhoneMov(Path dir, String name, double seconds) {
        Path file = dir.resolve(name);
        ffmpeg(
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=320x240:rate=25",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:sample_rate=44100",
                "-t",
                String.valueOf(seconds),
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-pix_fmt",
                "yuv420p",
                "-c:a",
                "aac",
                "-shortest",
                "-metadata",
                "location=+48.8566+002.3522/",
                "-metadata",
                "location-eng=+48.8566+002.3522/",
                "-metadata",
                "com.apple.quicktime.location.ISO6709=+48.8566+002.3522/",
                "-metadata",
                "comment=secret",
                "-metadata",
                "make=Apple",
                "-metadata",
                "model=iPhone",
                "-metadata",
                "creation_time=2024-05-01T10:00:00Z",
                "-metadata:s:v:0",
                "handler_name=Core Media Video",
                "-metadata:s:a:0",
                "handler_name=Core Media Audio",
                "-metadata:s:v:0",
                "creation_time=2024-05-01T10:00:00Z",
                "-movflags",
                "+use_metadata_tags",
                file.toString());
        return file;
    }

    /** A short MPEG-TS segment, the kind an HLS playlist lists. */
    public static Path tsSegment(Path dir, String name, double seconds) {
        Path file = dir.resolve(name);
        ffmpeg(
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=320x240:rate=25",
                "-t",
                String.valueOf(seconds),
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-pix_fmt",
                "yuv420p",
                "-f",
                "mpegts",
                file.toString());
        return file;
    }

    /** An HLS playlist, under a video's name, whose one segment is {@code target} (a path or URL). */
    public static Path hlsPlaylist(Path dir, String name, String target) {
        return text(
                dir,
                name,
                "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:10\n#EXT-X-MEDIA-SEQUENCE:0\n" + "#EXTINF:2.0,\n"
                        + target + "\n#EXT-X-ENDLIST\n");
    }

    /** An ffconcat list, under a video's name, naming {@code target} (a path or URL). */
    public static Path ffconcatList(Path dir, String name, String target) {
        return text(dir, name, "ffconcat version 1.0\nfile '" + target + "'\n");
    }

    private static Path text(Path dir, String name, String content) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    public static void ffmpeg(String... args) {
        List<String> command =
                new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-y"));
        command.addAll(List.of(args));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("ffmpeg failed: " + command + "\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("ffmpeg is required for video tests (apt-get install ffmpeg)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
