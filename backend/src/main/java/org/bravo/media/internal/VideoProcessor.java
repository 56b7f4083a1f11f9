package org.bravo.media.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Turns whatever a phone recorded into a video every browser plays, with the system's {@code ffprobe} and
 * {@code ffmpeg}: H.264 (8-bit 4:2:0, the only profile all browsers decode) and AAC in an MP4 whose index sits at the
 * front (faststart, so playback starts before the whole file arrives), at most {@link #MAX_SHORT_SIDE} lines on the
 * short side, upright. Plain Java with no container dependencies, so it is tested against the real tools directly.
 */
public class VideoProcessor {
    /** 1080p, whether the phone was held in landscape (1920×1080) or portrait (1080×1920). */
    static final int MAX_SHORT_SIDE = 1080;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Containers ffprobe also opens that hold still pictures, not films. */
    private static final Set<String> IMAGE_FORMATS = Set.of("image2", "png_pipe", "jpeg_pipe", "webp_pipe", "gif",
            "bmp_pipe", "tiff_pipe", "svg_pipe", "apng", "jpegxl_pipe", "pgm_pipe", "ppm_pipe", "pam_pipe", "qoi_pipe");
    private static final Set<String> IMAGE_CODECS = Set.of("mjpeg", "png", "bmp", "gif", "webp", "tiff", "apng");

    private final String ffprobe;
    private final String ffmpeg;
    private final String preset;

    public VideoProcessor(String ffprobe, String ffmpeg, String preset) {
        this.ffprobe = ffprobe;
        this.ffmpeg = ffmpeg;
        this.preset = preset;
    }

    /** What ffprobe found: the first video stream's coded size and rotation, and the duration. */
    public record Probe(String format, String videoCodec, int width, int height, int rotation, long durationMs,
                        boolean hasAudio) {
        /** The size as the viewer sees it: a phone held upright records landscape pixels plus a 90° rotation. */
        public int displayWidth() {
            return quarterTurn() ? height : width;
        }

        public int displayHeight() {
            return quarterTurn() ? width : height;
        }

        private boolean quarterTurn() {
            return Math.abs(rotation) % 180 == 90;
        }
    }

    public record Result(Path video, Path poster, int width, int height, long durationMs) {
    }

    /** A file that is not a video (whatever its name): rejected for good, never retried. */
    public static class NotAVideoException extends Exception {
        public NotAVideoException(String message) {
            super(message);
        }
    }

    /** ffmpeg failed on something that may work on a second try (disk full, killed): the job is retried. */
    public static class ProcessingException extends Exception {
        public ProcessingException(String message) {
            super(message);
        }
    }

    public Probe probe(Path file) throws NotAVideoException, ProcessingException {
        Run run = run(List.of(ffprobe, "-v", "error", "-print_format", "json", "-show_format", "-show_streams",
                file.toString()), null, () -> false);
        if (run.exitCode != 0) {
            throw new NotAVideoException("This file is not a video (it could not be read as one).");
        }
        JsonNode root;
        try {
            root = JSON.readTree(run.stdout);
        } catch (IOException e) {
            throw new ProcessingException("ffprobe answered something unreadable");
        }
        String format = root.path("format").path("format_name").asText("");
        JsonNode video = null;
        boolean audio = false;
        for (JsonNode stream : root.path("streams")) {
            String type = stream.path("codec_type").asText();
            if ("video".equals(type) && video == null
                    && stream.path("disposition").path("attached_pic").asInt(0) == 0) {
                video = stream;
            } else if ("audio".equals(type)) {
                audio = true;
            }
        }
        if (video == null) {
            throw new NotAVideoException(audio ? "This file holds sound only, no picture."
                    : "This file is not a video (no picture track).");
        }
        String codec = video.path("codec_name").asText("");
        double seconds = root.path("format").path("duration").asDouble(video.path("duration").asDouble(0));
        if (IMAGE_FORMATS.contains(format) || (IMAGE_CODECS.contains(codec) && seconds < 0.5)) {
            throw new NotAVideoException("This file is a picture, not a video: add it as a photo instead.");
        }
        if (seconds <= 0) {
            throw new NotAVideoException("This video has no length: the recording may be damaged.");
        }
        int width = video.path("width").asInt(0);
        int height = video.path("height").asInt(0);
        if (width <= 0 || height <= 0) {
            throw new NotAVideoException("This video has no picture size: the recording may be damaged.");
        }
        return new Probe(format, codec, width, height, rotation(video), Math.round(seconds * 1000), audio);
    }

    /** Phones store "rotate by 90°" as a display matrix (newer files) or a {@code rotate} tag (older ones). */
    static int rotation(JsonNode stream) {
        for (JsonNode side : stream.path("side_data_list")) {
            if (side.has("rotation")) {
                return side.path("rotation").asInt();
            }
        }
        return stream.path("tags").path("rotate").asInt(0);
    }

    /** The output size: upright, short side at most 1080, both even (4:2:0 needs it), aspect kept. */
    static int[] targetSize(Probe probe) {
        int w = probe.displayWidth();
        int h = probe.displayHeight();
        double scale = Math.min(1.0, (double) MAX_SHORT_SIDE / Math.min(w, h));
        return new int[] {even(w * scale), even(h * scale)};
    }

    private static int even(double value) {
        return Math.max(2, (int) Math.round(value / 2) * 2);
    }

    /**
     * Transcodes {@code input} into {@code workDir}, reporting progress in percent. ffmpeg rotates the picture
     * upright itself (its default autorotation applies the display matrix) and drops the matrix from the output, so
     * the scale filter works on upright sizes.
     */
    public Result transcode(Path input, Probe probe, Path workDir, IntConsumer progress, BooleanSupplier cancelled)
            throws ProcessingException {
        int[] size = targetSize(probe);
        Path output = workDir.resolve("playback.mp4");
        Path poster = workDir.resolve("poster.jpg");
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-nostdin", "-y", "-i",
                input.toString(), "-map", "0:v:0", "-map", "0:a:0?", "-sn", "-dn",
                "-vf", "scale=" + size[0] + ":" + size[1] + ":flags=bicubic,format=yuv420p",
                "-c:v", "libx264", "-preset", preset, "-crf", "23", "-profile:v", "high",
                "-c:a", "aac", "-b:a", "128k", "-ac", "2",
                "-movflags", "+faststart", "-max_muxing_queue_size", "4096",
                "-progress", "pipe:1", "-nostats", output.toString()));
        long totalMicros = Math.max(1, probe.durationMs() * 1000);
        Run run = run(command, line -> {
            if (line.startsWith("out_time_us=") || line.startsWith("out_time_ms=")) {
                try {
                    long micros = Long.parseLong(line.substring(line.indexOf('=') + 1).trim());
                    progress.accept((int) Math.max(0, Math.min(99, micros * 100 / totalMicros)));
                } catch (NumberFormatException ignored) {
                    // "N/A" before the first frame is encoded
                }
            }
        }, cancelled);
        if (cancelled.getAsBoolean()) {
            throw new ProcessingException("cancelled");
        }
        if (run.exitCode != 0 || !Files.isRegularFile(output)) {
            throw new ProcessingException("ffmpeg failed (exit " + run.exitCode + "): " + tail(run.stderr));
        }
        // A frame a little into the film: the very first one is often black or blurred while the phone settles.
        double at = Math.min(1.0, probe.durationMs() / 3000.0);
        Run still = run(List.of(ffmpeg, "-hide_banner", "-nostdin", "-y", "-ss",
                String.format(Locale.ROOT, "%.3f", at), "-i", output.toString(), "-frames:v", "1", "-q:v", "3",
                poster.toString()), null, cancelled);
        if (still.exitCode != 0 || !Files.isRegularFile(poster)) {
            throw new ProcessingException("ffmpeg could not take a poster frame: " + tail(still.stderr));
        }
        Probe out;
        try {
            out = probe(output);
        } catch (NotAVideoException e) {
            throw new ProcessingException("the transcoded file does not read back: " + e.getMessage());
        }
        return new Result(output, poster, out.displayWidth(), out.displayHeight(), out.durationMs());
    }

    private static String tail(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= 500 ? trimmed : trimmed.substring(trimmed.length() - 500);
    }

    private record Run(int exitCode, String stdout, String stderr) {
    }

    private interface LineListener {
        void line(String line);
    }

    private static Run run(List<String> command, LineListener onLine, BooleanSupplier cancelled)
            throws ProcessingException {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new ProcessingException(command.get(0) + " is not installed or cannot run: " + e.getMessage());
        }
        StringBuilder stderr = new StringBuilder();
        Thread errors = new Thread(() -> {
            try (BufferedReader reader = process.errorReader(StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    synchronized (stderr) {
                        // Only the end matters for a failure message; ffmpeg can be chatty on long files.
                        if (stderr.length() > 20_000) {
                            stderr.delete(0, 10_000);
                        }
                        stderr.append(line).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "ffmpeg-stderr");
        errors.setDaemon(true);
        errors.start();
        StringBuilder stdout = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (cancelled.getAsBoolean()) {
                    process.destroyForcibly();
                    break;
                }
                if (onLine != null) {
                    onLine.line(line);
                } else {
                    stdout.append(line).append('\n');
                }
            }
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            errors.join(5_000);
        } catch (IOException e) {
            process.destroyForcibly();
            throw new ProcessingException("reading " + command.get(0) + " output failed: " + e.getMessage());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ProcessingException("interrupted");
        }
        synchronized (stderr) {
            return new Run(process.exitValue(), stdout.toString(), stderr.toString());
        }
    }
}
