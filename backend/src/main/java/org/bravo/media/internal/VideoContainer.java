package org.bravo.media.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The containers Bravo accepts, matched on the demuxer name ffprobe reports after reading the content (the file's
 * name and declared type are ignored). The only list of them: ffprobe and ffmpeg are run with it as their format
 * allow-list, so nothing else is ever opened. Every other demuxer is refused, above all those that read other files
 * or protocols named by the content: playlists (hls, dash), concat lists, image sequences, subtitles with includes.
 * The three kept here read their one input only (QuickTime's external references stay off, see
 * {@link VideoProcessor}).
 */
enum VideoContainer {
    /** What phones record: MP4, QuickTime MOV, 3GP. */
    MOV("mov,mp4,m4a,3gp,3g2,mj2", "mov", "MP4, MOV, 3GP"),
    /** Screen recorders and browsers (MediaRecorder writes WebM). */
    MATROSKA("matroska,webm", "matroska", "Matroska, WebM"),
    /** Older cameras and exports. */
    AVI("avi", "avi", "AVI");

    /** For the people who see the reason: what they may upload instead. */
    static final String ACCEPTED = "MP4, MOV, 3GP, Matroska, WebM or AVI";

    private final String probedName;
    private final String demuxer;
    private final String label;

    VideoContainer(String probedName, String demuxer, String label) {
        this.probedName = probedName;
        this.demuxer = demuxer;
        this.label = label;
    }

    /** The container for the format name ffprobe reported, if Bravo accepts it. */
    static Optional<VideoContainer> ofProbed(String formatName) {
        return Arrays.stream(values())
                .filter(c -> c.probedName.equals(formatName))
                .findFirst();
    }

    /** ffmpeg's {@code -format_whitelist}: each demuxer's names, comma-separated. */
    static String whitelist() {
        return Arrays.stream(values()).map(c -> c.probedName).collect(Collectors.joining(","));
    }

    /** The name given to {@code -f} so the transcode uses the demuxer the probe found, without guessing again. */
    String demuxer() {
        return demuxer;
    }

    String label() {
        return label;
    }
}
