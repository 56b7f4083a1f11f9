package org.bravo.media.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bravo.media.internal.VideoProcessor.Limits;

/**
 * Every command line Bravo gives {@code ffprobe} and {@code ffmpeg}, in one place so that the options confining them
 * to the one file given can be read together: each command opens its input through {@link #confinedInput}.
 */
final class FfmpegCommands {
    /**
     * Still-picture demuxers the probe may also use: each reads its one input, and naming them lets a photo sent as a
     * video be told "add it as a photo" rather than "unknown format". Never used for a transcode. (No SVG: its
     * decoder may load the files it references.)
     */
    private static final String PICTURE_DEMUXERS = "png_pipe,jpeg_pipe,webp_pipe,gif,bmp_pipe,tiff_pipe,apng";

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

    private final String ffprobe;
    private final String ffmpeg;
    private final String preset;
    private final Limits limits;

    FfmpegCommands(String ffprobe, String ffmpeg, String preset, Limits limits) {
        this.ffprobe = ffprobe;
        this.ffmpeg = ffmpeg;
        this.preset = preset;
        this.limits = limits;
    }

    /** ffprobe's description of {@code file} as JSON, its container not yet known. */
    List<String> probe(Path file) {
        List<String> command = new ArrayList<>(List.of(ffprobe, "-v", "error"));
        command.addAll(confinedInput(file, null, VideoContainer.whitelist() + "," + PICTURE_DEMUXERS));
        command.addAll(List.of("-print_format", "json", "-show_format", "-show_streams"));
        return command;
    }

    /** H.264 and AAC at {@code width}×{@code height}, progress written to stdout. */
    List<String> transcode(Path input, VideoContainer container, int width, int height, Path output) {
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
                "scale=" + width + ":" + height + ":flags=bicubic,format=yuv420p",
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
        return command;
    }

    /** One JPEG frame of Bravo's own transcode, {@code atSeconds} into it. */
    List<String> poster(Path video, double atSeconds, Path poster) {
        List<String> command = new ArrayList<>(List.of(
                ffmpeg, "-hide_banner", "-nostdin", "-y", "-ss", String.format(Locale.ROOT, "%.3f", atSeconds)));
        command.addAll(confinedInput(video, VideoContainer.MOV, VideoContainer.whitelist()));
        command.addAll(List.of("-frames:v", "1", "-q:v", "3"));
        command.addAll(NO_METADATA);
        command.add(poster.toString());
        return command;
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
}
