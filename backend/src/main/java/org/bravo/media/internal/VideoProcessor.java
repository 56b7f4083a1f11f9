package org.bravo.media.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bravo.media.VideoFailure;

/**
 * Turns whatever a phone recorded into a video every browser plays, with the system's {@code ffprobe} and
 * {@code ffmpeg}: H.264 (8-bit 4:2:0, the only profile all browsers decode) and AAC in an MP4 whose index sits at the
 * front (faststart, so playback starts before the whole file arrives), at most {@link #MAX_SHORT_SIDE} lines on the
 * short side, upright, with no metadata left (phones write the place, the device and the time into their films).
 * Plain Java with no container dependencies, so it is tested against the real tools directly.
 *
 * <p>The uploaded file is hostile until proven otherwise. Both tools are run so that they open the one file given and
 * nothing it names: only the {@code file} protocol, only the demuxers of {@link VideoContainer} (plus, for the probe,
 * the still-picture demuxers that read their input alone, so a photo gets a helpful reason), QuickTime external
 * references off, and the demuxer the probe found forced for the transcode. Every run has a wall-clock limit, and
 * what the probe finds is held to {@link Limits} before any decoding.
 */
public class VideoProcessor {
    /** 1080p, whether the phone was held in landscape (1920×1080) or portrait (1080×1920). */
    static final int MAX_SHORT_SIDE = 1080;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Containers ffprobe also opens that hold still pictures, not films. */
    private static final Set<String> IMAGE_FORMATS = Set.of(
            "image2",
            "png_pipe",
            "jpeg_pipe",
            "webp_pipe",
            "gif",
            "bmp_pipe",
            "tiff_pipe",
            "svg_pipe",
            "apng",
            "jpegxl_pipe",
            "pgm_pipe",
            "ppm_pipe",
            "pam_pipe",
            "qoi_pipe");

    private static final Set<String> IMAGE_CODECS = Set.of("mjpeg", "png", "bmp", "gif", "webp", "tiff", "apng");

    /**
     * Still-picture demuxers the probe may also use: each reads its one input, and naming them lets a photo sent as a
     * video be told "add it as a photo" rather than "unknown format". Never used for a transcode. (No SVG: its
     * decoder may load the files it references.)
     */
    private static final String PICTURE_DEMUXERS = "png_pipe,jpeg_pipe,webp_pipe,gif,bmp_pipe,tiff_pipe,apng";
    /** ffmpeg's log line when content is of a demuxer not on the allow-list, e.g. "[hls @ 0x55…] Format not on…". */
    private static final Pattern REFUSED_FORMAT =
            Pattern.compile("\\[([\\w,]+) @ 0x[0-9a-f]+] Format not on whitelist");
    /** Kills runs that exceed their time; one daemon thread for every run of the backend. */
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private final String ffprobe;
    private final String ffmpeg;
    private final String preset;
    private final Limits limits;

    /**
     * Caps on what is processed, checked on the probe's findings before any decoding, and on how long each run may
     * take.
     *
     * @param probeTimeout       longest ffprobe run (and poster capture): reading headers takes well under a second
     * @param transcodeTimeMin   shortest limit given to a transcode, however short the film
     * @param transcodeTimeFactor a transcode may take this many times the film's length (plus the minimum)
     * @param transcodeTimeMax   longest limit given to a transcode, however long the film
     * @param maxDuration        longest film accepted
     * @param maxFrameSide       most pixels on either side of the picture
     * @param maxFramePixels     most pixels in one picture (width × height)
     * @param maxStreams         most tracks (video, sound, subtitles, data) in the file
     */
    public record Limits(
            Duration probeTimeout,
            Duration transcodeTimeMin,
            int transcodeTimeFactor,
            Duration transcodeTimeMax,
            Duration maxDuration,
            int maxFrameSide,
            long maxFramePixels,
            int maxStreams) {
        /** The defaults of {@link VideoUploadConfig}. */
        public static final Limits DEFAULTS = new Limits(
                Duration.ofSeconds(30),
                Duration.ofMinutes(5),
                10,
                Duration.ofHours(3),
                Duration.ofMinutes(15),
                8192,
                8192L * 4352,
                16);

        /** The wall-clock limit for transcoding a film of this length. */
        Duration transcodeTimeout(long durationMs) {
            Duration scaled =
                    transcodeTimeMin.plus(Duration.ofMillis(durationMs).multipliedBy(transcodeTimeFactor));
            return scaled.compareTo(transcodeTimeMax) > 0 ? transcodeTimeMax : scaled;
        }
    }

    public VideoProcessor(String ffprobe, String ffmpeg, String preset) {
        this(ffprobe, ffmpeg, preset, Limits.DEFAULTS);
    }

    public VideoProcessor(String ffprobe, String ffmpeg, String preset, Limits limits) {
        this.ffprobe = ffprobe;
        this.ffmpeg = ffmpeg;
        this.preset = preset;
        this.limits = limits;
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "ffmpeg-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /** What ffprobe found: the first video stream's coded size and rotation, and the duration. */
    public record Probe(
            String format, String videoCodec, int width, int height, int rotation, long durationMs, boolean hasAudio) {
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

    public record Result(Path video, Path poster, int width, int height, long durationMs) {}

    /**
     * A file Bravo will not process, whatever its name: not a video, not an accepted container, over a limit, or too
     * slow to process. Rejected for good with its message shown to the uploader, never retried.
     */
    public static class NotAVideoException extends Exception {
        private final VideoFailure failure;
        private final Map<String, String> params;

        public NotAVideoException(VideoFailure failure, String message) {
            this(failure, Map.of(), message);
        }

        /** {@code params}: what the message quotes, by name, for the web app to quote in the uploader's language. */
        public NotAVideoException(VideoFailure failure, Map<String, String> params, String message) {
            super(message);
            this.failure = failure;
            this.params = Map.copyOf(params);
        }

        public VideoFailure failure() {
            return failure;
        }

        public Map<String, String> params() {
            return params;
        }
    }

    /** ffmpeg failed on something that may work on a second try (disk full, killed): the job is retried. */
    public static class ProcessingException extends Exception {
        public ProcessingException(String message) {
            super(message);
        }
    }

    public Probe probe(Path file) throws NotAVideoException, ProcessingException {
        List<String> command = new ArrayList<>(List.of(ffprobe, "-v", "error"));
        command.addAll(confinedInput(file, null, VideoContainer.whitelist() + "," + PICTURE_DEMUXERS));
        command.addAll(List.of("-print_format", "json", "-show_format", "-show_streams"));
        Run run = run(command, null, () -> false, limits.probeTimeout());
        if (run.timedOut) {
            throw new NotAVideoException(
                    VideoFailure.UNREADABLE, "This file could not be read in time: it is damaged or not a video.");
        }
        if (run.exitCode != 0) {
            Matcher refused = REFUSED_FORMAT.matcher(run.stderr);
            if (refused.find()) {
                throw notAccepted(refused.group(1));
            }
            throw new NotAVideoException(
                    VideoFailure.NOT_A_VIDEO, "This file is not a video (it could not be read as one).");
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
            if ("video".equals(type)
                    && video == null
                    && stream.path("disposition").path("attached_pic").asInt(0) == 0) {
                video = stream;
            } else if ("audio".equals(type)) {
                audio = true;
            }
        }
        if (video == null) {
            throw audio
                    ? new NotAVideoException(VideoFailure.SOUND_ONLY, "This file holds sound only, no picture.")
                    : new NotAVideoException(VideoFailure.NOT_A_VIDEO, "This file is not a video (no picture track).");
        }
        String codec = video.path("codec_name").asText("");
        double seconds = root.path("format")
                .path("duration")
                .asDouble(video.path("duration").asDouble(0));
        if (IMAGE_FORMATS.contains(format) || (IMAGE_CODECS.contains(codec) && seconds < 0.5)) {
            throw new NotAVideoException(
                    VideoFailure.A_PICTURE, "This file is a picture, not a video: add it as a photo instead.");
        }
        if (VideoContainer.ofProbed(format).isEmpty()) {
            // Unreachable while the allow-list is passed to ffprobe; kept so that the list stays the one rule.
            throw notAccepted(format);
        }
        if (seconds <= 0) {
            throw new NotAVideoException(
                    VideoFailure.NO_LENGTH, "This video has no length: the recording may be damaged.");
        }
        int width = video.path("width").asInt(0);
        int height = video.path("height").asInt(0);
        if (width <= 0 || height <= 0) {
            throw new NotAVideoException(
                    VideoFailure.NO_PICTURE_SIZE, "This video has no picture size: the recording may be damaged.");
        }
        Probe probe = new Probe(format, codec, width, height, rotation(video), Math.round(seconds * 1000), audio);
        checkLimits(probe, root.path("streams").size());
        return probe;
    }

    private static NotAVideoException notAccepted(String format) {
        return new NotAVideoException(
                VideoFailure.FORMAT_NOT_ACCEPTED,
                Map.of("format", format, "accepted", VideoContainer.ACCEPTED),
                "This file is not a video format Bravo accepts (it is \"" + format + "\"; upload an "
                        + VideoContainer.ACCEPTED + " file).");
    }

    /** Checked before any decoding: a small file can declare hours of film or a gigantic picture. */
    private void checkLimits(Probe probe, int streams) throws NotAVideoException {
        long maxMs = limits.maxDuration().toMillis();
        if (probe.durationMs() > maxMs) {
            throw new NotAVideoException(
                    VideoFailure.TOO_LONG,
                    Map.of("duration", minutesAndSeconds(probe.durationMs()), "max", minutesAndSeconds(maxMs)),
                    "This video lasts " + minutesAndSeconds(probe.durationMs()) + "; Bravo accepts films of up to "
                            + minutesAndSeconds(maxMs) + ". Trim it and upload it again.");
        }
        if (Math.max(probe.width(), probe.height()) > limits.maxFrameSide()
                || (long) probe.width() * probe.height() > limits.maxFramePixels()) {
            throw new NotAVideoException(
                    VideoFailure.PICTURE_TOO_LARGE,
                    Map.of(
                            "width", String.valueOf(probe.width()),
                            "height", String.valueOf(probe.height()),
                            "maxSide", String.valueOf(limits.maxFrameSide())),
                    "This video's picture (" + probe.width() + "×" + probe.height()
                            + " pixels) is larger than Bravo accepts (8K at most: " + limits.maxFrameSide()
                            + " pixels on a side, " + limits.maxFramePixels() + " in all).");
        }
        if (streams > limits.maxStreams()) {
            throw new NotAVideoException(
                    VideoFailure.TOO_MANY_TRACKS,
                    Map.of("tracks", String.valueOf(streams), "max", String.valueOf(limits.maxStreams())),
                    "This file holds " + streams + " tracks; Bravo accepts videos with up to " + limits.maxStreams()
                            + ".");
        }
    }

    private static String minutesAndSeconds(long millis) {
        long seconds = (millis + 999) / 1000;
        return seconds % 60 == 0 ? (seconds / 60) + " min" : (seconds / 60) + " min " + (seconds % 60) + " s";
    }

    /**
     * The options that confine ffprobe or ffmpeg to the one file given, then the file. Only the {@code file}
     * protocol (no network, no {@code concat:}, {@code subfile:}, {@code data:}…), only the listed demuxers (a nested
     * demuxer, as a playlist opens, is held to the same list), the probed demuxer forced when known, QuickTime's
     * external track references ("dref") and absolute aliases off. The path is given as a {@code file:} URL so no
     * name is ever read as a protocol.
     */
    private List<String> confinedInput(Path file, VideoContainer forced, String demuxers) {
        List<String> options = new ArrayList<>(List.of("-protocol_whitelist", "file", "-format_whitelist", demuxers));
        if (forced != null) {
            options.addAll(List.of("-f", forced.demuxer(), "-max_pixels", String.valueOf(limits.maxFramePixels())));
        }
        if (forced == null || forced == VideoContainer.MOV) {
            // Off by default in ffmpeg 5.1; said here so that no future default or build can turn them on.
            options.addAll(List.of("-enable_drefs", "0", "-use_absolute_path", "0"));
        }
        options.addAll(List.of("-i", "file:" + file.toAbsolutePath()));
        return options;
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
            throws NotAVideoException, ProcessingException {
        VideoContainer container =
                VideoContainer.ofProbed(probe.format()).orElseThrow(() -> notAccepted(probe.format()));
        int[] size = targetSize(probe);
        Path output = workDir.resolve("playback.mp4");
        Path poster = workDir.resolve("poster.jpg");
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-nostdin", "-y"));
        command.addAll(confinedInput(input, container, VideoContainer.whitelist()));
        command.addAll(List.of(
                "-map",
                "0:v:0",
                "-map",
                "0:a:0?",
                "-sn",
                "-dn",
                // Never longer than accepted, whatever the header said.
                "-t",
                String.valueOf(limits.maxDuration().toSeconds()),
                "-vf",
                "scale=" + size[0] + ":" + size[1] + ":flags=bicubic,format=yuv420p",
                "-c:v",
                "libx264",
                "-preset",
                preset,
                "-crf",
                "23",
                "-profile:v",
                "high",
                "-c:a",
                "aac",
                "-b:a",
                "128k",
                "-ac",
                "2"));
        command.addAll(NO_METADATA);
        command.addAll(List.of(
                "-movflags",
                "+faststart",
                "-max_muxing_queue_size",
                "4096",
                "-progress",
                "pipe:1",
                "-nostats",
                output.toString()));
        Duration timeout = limits.transcodeTimeout(probe.durationMs());
        long totalMicros = Math.max(1, probe.durationMs() * 1000);
        Run run = run(
                command,
                line -> {
                    if (line.startsWith("out_time_us=") || line.startsWith("out_time_ms=")) {
                        try {
                            long micros = Long.parseLong(
                                    line.substring(line.indexOf('=') + 1).trim());
                            progress.accept((int) Math.max(0, Math.min(99, micros * 100 / totalMicros)));
                        } catch (NumberFormatException ignored) {
                            // "N/A" before the first frame is encoded
                        }
                    }
                },
                cancelled,
                timeout);
        if (cancelled.getAsBoolean()) {
            throw new ProcessingException("cancelled");
        }
        if (run.timedOut) {
            throw new NotAVideoException(
                    VideoFailure.TOO_SLOW,
                    Map.of("max", minutesAndSeconds(timeout.toMillis())),
                    "Processing this video took longer than " + minutesAndSeconds(timeout.toMillis())
                            + ", the most Bravo allows for its length: the file may be damaged.");
        }
        if (run.exitCode != 0 || !Files.isRegularFile(output)) {
            throw new ProcessingException("ffmpeg failed (exit " + run.exitCode + "): " + tail(run.stderr));
        }
        // A frame a little into the film: the very first one is often black or blurred while the phone settles.
        double at = Math.min(1.0, probe.durationMs() / 3000.0);
        List<String> capture = new ArrayList<>(
                List.of(ffmpeg, "-hide_banner", "-nostdin", "-y", "-ss", String.format(Locale.ROOT, "%.3f", at)));
        capture.addAll(confinedInput(output, VideoContainer.MOV, VideoContainer.whitelist()));
        capture.addAll(List.of("-frames:v", "1", "-q:v", "3"));
        capture.addAll(NO_METADATA);
        capture.add(poster.toString());
        Run still = run(capture, null, cancelled, limits.probeTimeout());
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

    /**
     * Output options that leave no metadata: no global, per-track or chapter tags copied from the original (GPS
     * position, device make and model, comments, recording time, the phone's track names), and no encoder version
     * or creation time written by ffmpeg itself (bit-exact mode).
     */
    private static final List<String> NO_METADATA = List.of(
            "-map_metadata",
            "-1",
            "-map_chapters",
            "-1",
            "-fflags",
            "+bitexact",
            "-flags:v",
            "+bitexact",
            "-flags:a",
            "+bitexact");

    private static String tail(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= 500 ? trimmed : trimmed.substring(trimmed.length() - 500);
    }

    private record Run(int exitCode, String stdout, String stderr, boolean timedOut) {}

    private interface LineListener {
        void line(String line);
    }

    private static Run run(List<String> command, LineListener onLine, BooleanSupplier cancelled, Duration timeout)
            throws ProcessingException {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new ProcessingException(command.get(0) + " is not installed or cannot run: " + e.getMessage());
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        // Killing the process closes its output, which ends the reading below.
        ScheduledFuture<?> watch = WATCHDOG.schedule(
                () -> {
                    timedOut.set(true);
                    process.destroyForcibly();
                },
                timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        StringBuilder stderr = new StringBuilder();
        Thread errors = new Thread(
                () -> {
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
                },
                "ffmpeg-stderr");
        errors.setDaemon(true);
        errors.start();
        StringBuilder stdout = new StringBuilder();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
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
        } finally {
            watch.cancel(false);
        }
        synchronized (stderr) {
            return new Run(process.exitValue(), stdout.toString(), stderr.toString(), timedOut.get());
        }
    }
}
