package org.bravo.media.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.bravo.media.VideoFailure;

/**
 * Turns whatever a phone recorded into a video every browser plays, with the system's {@code ffprobe} and
 * {@code ffmpeg}: H.264 (8-bit 4:2:0, the only profile all browsers decode) and AAC in an MP4 whose index sits at the
 * front (faststart, so playback starts before the whole file arrives), at most
 * {@link VideoTranscoder#MAX_SHORT_SIDE} lines on the short side, upright, with no metadata left (phones write the
 * place, the device and the time into their films).
 * Plain Java with no container dependencies, so it is tested against the real tools directly.
 *
 * <p>The uploaded file is hostile until proven otherwise. Both tools are run so that they open the one file given and
 * nothing it names: only the {@code file} protocol, only the demuxers of {@link VideoContainer} (plus, for the probe,
 * the still-picture demuxers that read their input alone, so a photo gets a helpful reason), QuickTime external
 * references off, and the demuxer the probe found forced for the transcode. Every run has a wall-clock limit, and
 * what the probe finds is held to {@link Limits} before any decoding.
 *
 * <p>The work is shared out: {@link FfmpegCommands} writes every command line (the confinement above lives there),
 * {@link VideoProber} reads the headers, {@link VideoTranscoder} encodes and takes the poster, {@link ToolRun} runs
 * the tools under their time limits.
 */
public class VideoProcessor {
    private final VideoProber prober;
    private final VideoTranscoder transcoder;

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
        FfmpegCommands commands = new FfmpegCommands(ffprobe, ffmpeg, preset, limits);
        this.prober = new VideoProber(commands, limits);
        this.transcoder = new VideoTranscoder(commands, prober, limits);
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

        /** The file is of a container outside {@link VideoContainer}'s list. */
        static NotAVideoException notAccepted(String format) {
            return new NotAVideoException(
                    VideoFailure.FORMAT_NOT_ACCEPTED,
                    Map.of("format", format, "accepted", VideoContainer.ACCEPTED),
                    "This file is not a video format Bravo accepts (it is \"" + format + "\"; upload an "
                            + VideoContainer.ACCEPTED + " file).");
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

    /** What the file is, from its headers; a file Bravo will not process is refused here, before any decoding. */
    public Probe probe(Path file) throws NotAVideoException, ProcessingException {
        return prober.probe(file);
    }

    /** Transcodes {@code input} into {@code workDir}, reporting progress in percent. */
    public Result transcode(Path input, Probe probe, Path workDir, IntConsumer progress, BooleanSupplier cancelled)
            throws NotAVideoException, ProcessingException {
        return transcoder.transcode(input, probe, workDir, progress, cancelled);
    }

    /** A length as the uploader reads it: "3 min" or "3 min 20 s", rounded up to the second. */
    static String minutesAndSeconds(long millis) {
        long seconds = (millis + 999) / 1000;
        return seconds % 60 == 0 ? (seconds / 60) + " min" : (seconds / 60) + " min " + (seconds % 60) + " s";
    }
}
