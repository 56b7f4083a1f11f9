package org.bravo.media.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        VideoProcessor.Result result = processor.transcode(clip, processor.probe(clip), work, p -> { }, () -> false);
        byte[] head = Files.readAllBytes(result.video());
        String atoms = new String(head, 0, Math.min(head.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(atoms.indexOf("moov") >= 0 && atoms.indexOf("moov") < atoms.indexOf("mdat"),
                "faststart: the index precedes the media data");
    }

    @Test
    void largerThan1080pIsScaledDownOnItsShortSide() {
        VideoProcessor.Probe portrait4k = new VideoProcessor.Probe("mov", "hevc", 3840, 2160, -90, 5000, true);
        int[] size = VideoProcessor.targetSize(portrait4k);
        assertEquals(1080, size[0]);
        assertEquals(1920, size[1]);
        VideoProcessor.Probe landscape = new VideoProcessor.Probe("mp4", "h264", 2560, 1440, 0, 5000, true);
        assertEquals(List.of(1920, 1080), List.of(VideoProcessor.targetSize(landscape)[0],
                VideoProcessor.targetSize(landscape)[1]));
        VideoProcessor.Probe odd = new VideoProcessor.Probe("mp4", "h264", 853, 479, 0, 5000, true);
        int[] kept = VideoProcessor.targetSize(odd);
        assertEquals(List.of(854, 480), List.of(kept[0], kept[1]), "small videos keep their size, made even");
    }

    @Test
    void textNamedMp4IsNotAVideo() {
        Path fake = TestClips.textNamedMp4(dir, "method.mp4");
        VideoProcessor.NotAVideoException e = assertThrows(VideoProcessor.NotAVideoException.class,
                () -> processor.probe(fake));
        assertTrue(e.getMessage().contains("not a video"), e.getMessage());
    }

    @Test
    void aPictureNamedMp4IsRefusedAsAPicture() {
        Path png = TestClips.pngNamedMp4(dir, "holiday.mp4");
        VideoProcessor.NotAVideoException e = assertThrows(VideoProcessor.NotAVideoException.class,
                () -> processor.probe(png));
        assertTrue(e.getMessage().contains("picture"), e.getMessage());
    }

    @Test
    void soundWithoutPictureIsRefused() throws Exception {
        Path audio = dir.resolve("voice.mp4");
        TestClips.ffmpeg("-f", "lavfi", "-i", "sine=frequency=300", "-t", "1", "-c:a", "aac", audio.toString());
        VideoProcessor.NotAVideoException e = assertThrows(VideoProcessor.NotAVideoException.class,
                () -> processor.probe(audio));
        assertTrue(e.getMessage().contains("sound only"), e.getMessage());
    }

    @Test
    void aMissingToolIsAnErrorToRetryNotARejection() {
        VideoProcessor broken = new VideoProcessor("/nonexistent/ffprobe", "/nonexistent/ffmpeg", "ultrafast");
        Path clip = TestClips.textNamedMp4(dir, "x.mp4");
        assertThrows(VideoProcessor.ProcessingException.class, () -> broken.probe(clip));
    }
}
