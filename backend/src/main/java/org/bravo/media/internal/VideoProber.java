package org.bravo.media.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bravo.media.VideoFailure;
import org.bravo.media.internal.VideoProcessor.Limits;
import org.bravo.media.internal.VideoProcessor.NotAVideoException;
import org.bravo.media.internal.VideoProcessor.Probe;
import org.bravo.media.internal.VideoProcessor.ProcessingException;

/**
 * What a file is, read by {@code ffprobe} from its headers alone: a film Bravo accepts, or the reason it is not one
 * (a picture, sound only, an unaccepted container, over a {@link Limits limit}). Nothing is decoded here.
 */
final class VideoProber {
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

    /** ffmpeg's log line when content is of a demuxer not on the allow-list, e.g. "[hls @ 0x55…] Format not on…". */
    private static final Pattern REFUSED_FORMAT =
            Pattern.compile("\\[([\\w,]+) @ 0x[0-9a-f]+] Format not on whitelist");

    private final FfmpegCommands commands;
    private final Limits limits;

    VideoProber(FfmpegCommands commands, Limits limits) {
        this.commands = commands;
        this.limits = limits;
    }

    Probe probe(Path file) throws NotAVideoException, ProcessingException {
        ToolRun run = ToolRun.of(commands.probe(file), null, () -> false, limits.probeTimeout());
        if (run.timedOut()) {
            throw new NotAVideoException(
                    VideoFailure.UNREADABLE, "This file could not be read in time: it is damaged or not a video.");
        }
        if (run.exitCode() != 0) {
            Matcher refused = REFUSED_FORMAT.matcher(run.stderr());
            if (refused.find()) {
                throw NotAVideoException.notAccepted(refused.group(1));
            }
            throw new NotAVideoException(
                    VideoFailure.NOT_A_VIDEO, "This file is not a video (it could not be read as one).");
        }
        JsonNode root;
        try {
            root = JSON.readTree(run.stdout());
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
            throw NotAVideoException.notAccepted(format);
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

    /** Checked before any decoding: a small file can declare hours of film or a gigantic picture. */
    private void checkLimits(Probe probe, int streams) throws NotAVideoException {
        long maxMs = limits.maxDuration().toMillis();
        if (probe.durationMs() > maxMs) {
            String duration = VideoProcessor.minutesAndSeconds(probe.durationMs());
            String max = VideoProcessor.minutesAndSeconds(maxMs);
            throw new NotAVideoException(
                    VideoFailure.TOO_LONG,
                    Map.of("duration", duration, "max", max),
                    "This video lasts " + duration + "; Bravo accepts films of up to " + max
                            + ". Trim it and upload it again.");
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

    /** Phones store "rotate by 90°" as a display matrix (newer files) or a {@code rotate} tag (older ones). */
    static int rotation(JsonNode stream) {
        for (JsonNode side : stream.path("side_data_list")) {
            if (side.has("rotation")) {
                return side.path("rotation").asInt();
            }
        }
        return stream.path("tags").path("rotate").asInt(0);
    }
}
