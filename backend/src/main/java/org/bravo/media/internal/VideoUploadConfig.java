package org.bravo.media.internal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "bravo.video")
public interface VideoUploadConfig {
    /** Largest video accepted, checked before any byte is sent (4 GB). */
    @WithDefault("4294967296")
    long maxBytes();

    /** Uploads one person may have in progress at once. */
    @WithDefault("3")
    int maxConcurrentUploads();

    /** Size of each part the browser sends: within S3's limits and small enough to retry cheaply on shop Wi-Fi. */
    @WithDefault("8388608")
    int partSize();

    /**
     * Part size for files above {@link #largeFileBytes()}: half as many requests for long films, each part still a
     * few seconds on a good uplink.
     */
    @WithDefault("16777216")
    int largePartSize();

    @WithDefault("536870912")
    long largeFileBytes();

    /** Lifetime of a signed part URL: long enough for one part on a slow link, short enough to be useless later. */
    @WithDefault("15m")
    Duration partUrlLifetime();

    /** Whether this backend processes uploaded videos (several backends may: each video goes to one of them). */
    @WithDefault("true")
    boolean processingEnabled();

    /** How often an idle worker looks for videos to process. */
    @WithDefault("5s")
    Duration pollEvery();

    /** x264 preset: "veryfast" processes a minute of 1080p in about 20 s on 2 cores (VideoBenchmark). */
    @WithDefault("veryfast")
    String ffmpegPreset();

    @WithDefault("ffmpeg")
    String ffmpegPath();

    @WithDefault("ffprobe")
    String ffprobePath();

    /** Where originals and outputs are written while a video is processed; the system's temporary folder if unset. */
    Optional<String> workDir();

    /** Attempts before a video is marked failed (transient failures only: a file that is not a video fails at once). */
    @WithDefault("5")
    int maxAttempts();

    /** First retry delay; doubled at each attempt, at most an hour. */
    @WithDefault("30s")
    Duration retryDelay();

    /** A worker holds a video this long and renews it while working; a dead backend's video is taken over after it. */
    @WithDefault("2m")
    Duration lease();

    /** Keep the original next to the playable copy (to re-process it later), or delete it once processed. */
    @WithDefault("false")
    boolean keepOriginals();

    /**
     * Lifetime of signed playback, poster and caption URLs, and of the store URL a playback or poster URL redirects
     * to (what a player already loading may keep using after a hide). Short, since the web app refetches the post or
     * entry a minute before they expire, or when the player reports a refused URL.
     */
    @WithDefault("15m")
    Duration playbackUrlLifetime();

    /** Unfinished uploads older than this are aborted and their parts freed. */
    @WithDefault("24h")
    Duration abandonedUploadAge();

    /** Videos uploaded but attached to no post or entry are deleted after this. */
    @WithDefault("7d")
    Duration unattachedRetention();

    /** Objects younger than this are never treated as orphans: their row may not be committed yet. */
    @WithDefault("1h")
    Duration orphanGrace();

    /** How often uploads, unattached videos and orphaned objects are cleaned up. */
    @WithDefault("1h")
    Duration cleanupEvery();

    /** Longest an ffprobe run (or a poster capture) may take; the file is rejected past it. Headers read in < 1 s. */
    @WithDefault("30s")
    Duration probeTimeout();

    /** Shortest time limit given to a transcode, however short the film (room for a busy machine). */
    @WithDefault("5m")
    Duration transcodeTimeoutMin();

    /**
     * A transcode may take this many times the film's length on top of the minimum: "veryfast" needs about a third
     * of it on 2 cores, so only a crafted or broken file reaches the limit. Past it ffmpeg is killed and the video
     * fails with a reason.
     */
    @WithDefault("10")
    int transcodeTimeFactor();

    /** Longest time limit given to a transcode, however long the film. */
    @WithDefault("3h")
    Duration transcodeTimeoutMax();

    /** Longest film accepted, read from the file before decoding; the transcode also stops there. */
    @WithDefault("15m")
    Duration maxDuration();

    /**
     * Most pixels on either side of a film's picture. 8192 covers the largest phones record (8K, 7680×4320) and DCI
     * 8K (8192×4320); a larger picture is a crafted file meant to exhaust the decoder's memory.
     */
    @WithDefault("8192")
    int maxFrameSide();

    /** Most pixels in one picture (width × height): 8192×4352, 8K with room for the coded padding of its blocks. */
    @WithDefault("35651584")
    long maxFramePixels();

    /** Most tracks in a file: phones write 2 to 6 (picture, sound, timecode, metadata); hundreds only slow ffmpeg. */
    @WithDefault("16")
    int maxStreams();

    /** The caps and time limits above, for the processor. */
    default VideoProcessor.Limits limits() {
        return new VideoProcessor.Limits(
                probeTimeout(),
                transcodeTimeoutMin(),
                transcodeTimeFactor(),
                transcodeTimeoutMax(),
                maxDuration(),
                maxFrameSide(),
                maxFramePixels(),
                maxStreams());
    }
}
