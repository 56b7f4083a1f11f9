package org.bravo.media.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.bravo.testing.TestClips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the real ffprobe and ffmpeg, with clips generated here. */
class VideoProcessorTest {
    private final VideoProcessor processor = new VideoProcessor("ffprobe", "ffmpeg", "ultrafast");

    @TempDir
    Path dir;

    @Test
    void probesAnH264Clip() throws Exception {
        Path clip = TestClips.h264Mp4(dir, "clip.mp4", 640, 360, 2);
        VideoProcessor.Probe probe = processor.probe(clip);
        assertEquals("h264", probe.videoCodec());
        assertEquals(640, probe.displayWidth());
        assertEquals(360, probe.displayHeight());
        assertEquals(0, probe.rotation());
        assertTrue(probe.hasAudio());
        assertTrue(Math.abs(probe.durationMs() - 2000) < 150, "duration " + probe.durationMs());
    }

    @Test
    void aPhoneHeldUprightComesOutPortraitWithoutRotationLeft() throws Exception {
        Path clip = TestClips.rotatedHevcMov(dir, "IMG_0042.MOV", 640, 360, 1.5);
        VideoProcessor.Probe probe = processor.probe(clip);
        assertEquals("hevc", probe.videoCodec());
        assertEquals(90, Math.abs(probe.rotation()));
        assertEquals(360, probe.displayWidth());
        assertEquals(640, probe.displayHeight());

        Path work = Files.createDirectories(dir.resolve("work"));
        List<Integer> progress = new ArrayList<>();
        VideoProcessor.Result result = processor.transcode(clip, probe, work, progress::add, () -> false);
        assertEquals(360, result.width());
        assertEquals(640, result.height());
        VideoProcessor.Probe out = processor.probe(result.video());
        assertEquals("h264", out.videoCodec());
        assertEquals(0, out.rotation(), "the picture itself is upright, no matrix left for players to misread");
        assertEquals(360, out.width());
        assertTrue(out.hasAudio());
        assertFalse(progress.isEmpty(), "progress is reported while encoding");
        assertTrue(progress.stream().allMatch(p -> p >= 0 && p <= 99));
        byte[] poster = Files.readAllBytes(result.poster());
        assertEquals((byte) 0xFF, poster[0]);
        assertEquals((byte) 0xD8, poster[1], "the poster is a JPEG");
    }

    @Test
    void theMoovAtomComesFirstSoPlaybackStartsEarly() throws Exception {
        Path clip = TestClips.h264Mp4(dir, "clip.mp4", 320, 240, 1);
        Path work = Files.createDirectories(dir.resolve("work"));
        VideoProcessor.Result result = processor.transcode(clip, processor.probe(clip), work, p -> {}, () -> false);
        byte[] head = Files.readAllBytes(result.video());
        String atoms = new String(head, 0, Math.min(head.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(
                atoms.indexOf("moov") >= 0 && atoms.indexOf("moov") < atoms.indexOf("mdat"),
                "faststart: the index precedes the media data");
    }

    @Test
    void largerThan1080pIsScaledDownOnItsShortSide() {
        VideoProcessor.Probe portrait4k = new VideoProcessor.Probe("mov", "hevc", 3840, 2160, -90, 5000, true);
        int[] size = VideoTranscoder.targetSize(portrait4k);
        assertEquals(1080, size[0]);
        assertEquals(1920, size[1]);
        VideoProcessor.Probe landscape = new VideoProcessor.Probe("mp4", "h264", 2560, 1440, 0, 5000, true);
        assertEquals(
                List.of(1920, 1080),
                List.of(VideoTranscoder.targetSize(landscape)[0], VideoTranscoder.targetSize(landscape)[1]));
        VideoProcessor.Probe odd = new VideoProcessor.Probe("mp4", "h264", 853, 479, 0, 5000, true);
        int[] kept = VideoTranscoder.targetSize(odd);
        assertEquals(List.of(854, 480), List.of(kept[0], kept[1]), "small videos keep their size, made even");
    }

    @Test
    void textNamedMp4IsNotAVideo() {
        Path fake = TestClips.textNamedMp4(dir, "method.mp4");
        VideoProcessor.NotAVideoException e =
                assertThrows(VideoProcessor.NotAVideoException.class, () -> processor.probe(fake));
        assertTrue(e.getMessage().contains("not a video"), e.getMessage());
    }

    @Test
    void aPictureNamedMp4IsRefusedAsAPicture() {
        Path png = TestClips.pngNamedMp4(dir, "holiday.mp4");
        VideoProcessor.NotAVideoException e =
                assertThrows(VideoProcessor.NotAVideoException.class, () -> processor.probe(png));
        assertTrue(e.getMessage().contains("picture"), e.getMessage());
    }

    @Test
    void soundWithoutPictureIsRefused() throws Exception {
        Path audio = dir.resolve("voice.mp4");
        TestClips.ffmpeg("-f", "lavfi", "-i", "sine=frequency=300", "-t", "1", "-c:a", "aac", audio.toString());
        VideoProcessor.NotAVideoException e =
                assertThrows(VideoProcessor.NotAVideoException.class, () -> processor.probe(audio));
        assertTrue(e.getMessage().contains("sound only"), e.getMessage());
    }

    @Test
    void aMissingToolIsAnErrorToRetryNotARejection() {
        VideoProcessor broken = new VideoProcessor("/nonexistent/ffprobe", "/nonexistent/ffmpeg", "ultrafast");
        Path clip = TestClips.textNamedMp4(dir, "x.mp4");
        assertThrows(VideoProcessor.ProcessingException.class, () -> broken.probe(clip));
    }

    private static VideoProcessor.Limits limits(
            Duration maxDuration, int maxSide, int maxStreams, Duration transcodeTimeout) {
        VideoProcessor.Limits d = VideoProcessor.Limits.DEFAULTS;
        return new VideoProcessor.Limits(
                d.probeTimeout(),
                transcodeTimeout,
                0,
                transcodeTimeout,
                maxDuration,
                maxSide,
                d.maxFramePixels(),
                maxStreams);
    }

    private static String refusal(VideoProcessor processor, Path file) {
        return assertThrows(VideoProcessor.NotAVideoException.class, () -> processor.probe(file))
                .getMessage();
    }

    @Test
    void anHlsPlaylistNamingAFileOnDiskIsRefusedAsAFormatBravoDoesNotAccept() {
        Path segment = TestClips.tsSegment(dir, "secret.ts", 1);
        String reason = refusal(processor, TestClips.hlsPlaylist(dir, "film.mp4", segment.toString()));
        assertTrue(reason.contains("not a video format Bravo accepts") && reason.contains("hls"), reason);
        // A relative name, as a playlist next to its segments has: still refused.
        reason = refusal(processor, TestClips.hlsPlaylist(dir, "relative.mp4", "secret.ts"));
        assertTrue(reason.contains("not a video format Bravo accepts"), reason);
    }

    @Test
    void anFfconcatListIsRefusedEvenWhenItNamesASafeRelativeFile() {
        TestClips.h264Mp4(dir, "clip.mp4", 160, 120, 1);
        // A relative name passes the concat demuxer's own "safe" check: only the allow-list stops it.
        String reason = refusal(processor, TestClips.ffconcatList(dir, "list.mp4", "clip.mp4"));
        assertTrue(reason.contains("not a video format Bravo accepts") && reason.contains("concat"), reason);
    }

    @Test
    void anImageSequencePatternIsRefused() {
        for (int i = 1; i <= 3; i++) {
            TestClips.ffmpeg(
                    "-f",
                    "lavfi",
                    "-i",
                    "testsrc2=size=160x120",
                    "-frames:v",
                    "1",
                    dir.resolve(String.format(Locale.ROOT, "frame-%03d.png", i)).toString());
        }
        String reason = refusal(processor, dir.resolve("frame-%03d.png"));
        assertTrue(reason.contains("not a video"), reason);
    }

    @Test
    void anMpegTsSegmentIsNotAContainerBravoAccepts() {
        String reason = refusal(processor, TestClips.tsSegment(dir, "camera.mp4", 1));
        assertTrue(reason.contains("not a video format Bravo accepts") && reason.contains("mpegts"), reason);
    }

    @Test
    void matroskaWebmAndAviAreAcceptedAndTranscoded() throws Exception {
        for (String name : List.of("screen.mkv", "browser.webm", "camera.avi")) {
            Path clip = dir.resolve(name);
            String codec = name.endsWith(".webm") ? "libvpx" : name.endsWith(".avi") ? "mpeg4" : "libx264";
            TestClips.ffmpeg(
                    "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25", "-t", "1", "-c:v", codec, clip.toString());
            VideoProcessor.Probe probe = processor.probe(clip);
            Path work = Files.createDirectories(dir.resolve("work-" + name));
            VideoProcessor.Result result = processor.transcode(clip, probe, work, p -> {}, () -> false);
            assertEquals(320, result.width(), name);
        }
    }

    @Test
    void aFilmLongerThanTheCapIsRefusedBeforeDecoding() {
        VideoProcessor capped = new VideoProcessor(
                "ffprobe", "ffmpeg", "ultrafast", limits(Duration.ofSeconds(1), 8192, 16, Duration.ofMinutes(5)));
        String reason = refusal(capped, TestClips.h264Mp4(dir, "long.mp4", 160, 120, 2));
        assertTrue(reason.contains("lasts 0 min 2 s") && reason.contains("up to 0 min 1 s"), reason);
    }

    @Test
    void aPictureLargerThanTheCapIsRefused() {
        VideoProcessor capped = new VideoProcessor(
                "ffprobe", "ffmpeg", "ultrafast", limits(Duration.ofMinutes(15), 320, 16, Duration.ofMinutes(5)));
        String reason = refusal(capped, TestClips.h264Mp4(dir, "wide.mp4", 640, 360, 1));
        assertTrue(reason.contains("640×360") && reason.contains("larger than Bravo accepts"), reason);
    }

    @Test
    void tooManyTracksAreRefused() throws Exception {
        Path clip = dir.resolve("tracks.mkv");
        TestClips.ffmpeg(
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=160x120:rate=25",
                "-f",
                "lavfi",
                "-i",
                "sine",
                "-t",
                "1",
                "-map",
                "0:v",
                "-map",
                "1:a",
                "-map",
                "1:a",
                "-map",
                "1:a",
                "-map",
                "1:a",
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-c:a",
                "aac",
                clip.toString());
        VideoProcessor capped = new VideoProcessor(
                "ffprobe", "ffmpeg", "ultrafast", limits(Duration.ofMinutes(15), 8192, 4, Duration.ofMinutes(5)));
        String reason = refusal(capped, clip);
        assertTrue(reason.contains("5 tracks") && reason.contains("up to 4"), reason);
        assertEquals(160, processor.probe(clip).width(), "within the default cap it is a video");
    }

    @Test
    void aTranscodeOverItsTimeLimitIsKilledAndTheVideoRejectedWithAReason() throws Exception {
        Path clip = TestClips.h264Mp4(dir, "slow.mp4", 1280, 720, 5);
        VideoProcessor hurried = new VideoProcessor(
                "ffprobe", "ffmpeg", "veryslow", limits(Duration.ofMinutes(15), 8192, 16, Duration.ofMillis(300)));
        VideoProcessor.Probe probe = hurried.probe(clip);
        Path work = Files.createDirectories(dir.resolve("work"));
        long started = System.nanoTime();
        VideoProcessor.NotAVideoException e = assertThrows(
                VideoProcessor.NotAVideoException.class,
                () -> hurried.transcode(clip, probe, work, p -> {}, () -> false));
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(e.getMessage().contains("took longer than"), e.getMessage());
        assertTrue(tookMs < 20_000, "ffmpeg was killed at its limit, not left to finish: " + tookMs + " ms");
    }

    @Test
    void playbackAndPosterKeepNoneOfThePhonesMetadata() throws Exception {
        Path clip = TestClips.taggedPhoneMov(dir, "IMG_0042.MOV", 1.5);
        String before = tags(clip);
        assertTrue(
                before.contains("48.8566") && before.contains("iPhone") && before.contains("secret"),
                "the clip carries the tags to strip: " + before);
        Path work = Files.createDirectories(dir.resolve("work"));
        VideoProcessor.Result result = processor.transcode(clip, processor.probe(clip), work, p -> {}, () -> false);
        for (Path output : List.of(result.video(), result.poster())) {
            String after = tags(output);
            for (String leak : List.of(
                    "48.8566",
                    "location",
                    "ISO6709",
                    "secret",
                    "comment",
                    "Apple",
                    "make",
                    "iPhone",
                    "model",
                    "creation_time",
                    "2024-05-01",
                    "Core Media",
                    "Lavf")) {
                assertFalse(after.contains(leak), output.getFileName() + " still says " + leak + ": " + after);
            }
            String raw = new String(Files.readAllBytes(output), StandardCharsets.ISO_8859_1);
            for (String leak : List.of("48.8566", "secret", "iPhone", "Apple")) {
                assertFalse(raw.contains(leak), output.getFileName() + " holds " + leak);
            }
        }
    }

    /** Every global, track and frame tag ffprobe sees (names and values), as JSON text. */
    private static String tags(Path file) throws Exception {
        Process process = new ProcessBuilder(
                        "ffprobe",
                        "-v",
                        "error",
                        "-show_entries",
                        "format_tags:stream_tags:frame_tags",
                        "-show_frames",
                        "-read_intervals",
                        "%+#1",
                        "-of",
                        "json",
                        file.toString())
                .redirectErrorStream(true)
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, new String(out));
        JsonNode json = new ObjectMapper().readTree(out);
        List<JsonNode> tags = new ArrayList<>(List.of(json.path("format").path("tags")));
        json.path("streams").forEach(stream -> tags.add(stream.path("tags")));
        json.path("frames").forEach(frame -> tags.add(frame.path("tags")));
        return tags.toString();
    }
}
