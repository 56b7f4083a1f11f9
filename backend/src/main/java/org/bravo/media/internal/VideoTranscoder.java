package org.bravo.media.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.bravo.media.VideoFailure;
import org.bravo.media.internal.VideoProcessor.Limits;
import org.bravo.media.internal.VideoProcessor.NotAVideoException;
import org.bravo.media.internal.VideoProcessor.Probe;
import org.bravo.media.internal.VideoProcessor.ProcessingException;
import org.bravo.media.internal.VideoProcessor.Result;

/** Turns a probed film into Bravo's playback file and its poster frame, within the time its length allows. */
final class VideoTranscoder {
    /** 1080p, whether the phone was held in landscape (1920×1080) or portrait (1080×1920). */
    static final int MAX_SHORT_SIDE = 1080;

    private final FfmpegCommands commands;
    private final VideoProber prober;
    private final Limits limits;

    VideoTranscoder(FfmpegCommands commands, VideoProber prober, Limits limits) {
        this.commands = commands;
        this.prober = prober;
        this.limits = limits;
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
     * ffmpeg rotates the picture upright itself (its default autorotation applies the display matrix) and drops the
     * matrix from the output, so the scale filter works on upright sizes.
     */
    Result transcode(Path input, Probe probe, Path workDir, IntConsumer progress, BooleanSupplier cancelled)
            throws NotAVideoException, ProcessingException {
        VideoContainer container = VideoContainer.ofProbed(probe.format())
                .orElseThrow(() -> NotAVideoException.notAccepted(probe.format()));
        int[] size = targetSize(probe);
        Path output = workDir.resolve("playback.mp4");
        Path poster = workDir.resolve("poster.jpg");
        Duration timeout = limits.transcodeTimeout(probe.durationMs());
        long totalMicros = Math.max(1, probe.durationMs() * 1000);
        ToolRun run = ToolRun.of(
                commands.transcode(input, container, size[0], size[1], output),
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
        if (run.timedOut()) {
            String max = VideoProcessor.minutesAndSeconds(timeout.toMillis());
            throw new NotAVideoException(
                    VideoFailure.TOO_SLOW,
                    Map.of("max", max),
                    "Processing this video took longer than " + max
                            + ", the most Bravo allows for its length: the file may be damaged.");
        }
        if (run.exitCode() != 0 || !Files.isRegularFile(output)) {
            throw new ProcessingException("ffmpeg failed (exit " + run.exitCode() + "): " + run.stderrTail());
        }
        // A frame a little into the film: the very first one is often black or blurred while the phone settles.
        double at = Math.min(1.0, probe.durationMs() / 3000.0);
        ToolRun still = ToolRun.of(commands.poster(output, at, poster), null, cancelled, limits.probeTimeout());
        if (still.exitCode() != 0 || !Files.isRegularFile(poster)) {
            throw new ProcessingException("ffmpeg could not take a poster frame: " + still.stderrTail());
        }
        Probe out;
        try {
            out = prober.probe(output);
        } catch (NotAVideoException e) {
            throw new ProcessingException("the transcoded file does not read back: " + e.getMessage());
        }
        return new Result(output, poster, out.displayWidth(), out.displayHeight(), out.durationMs());
    }
}
