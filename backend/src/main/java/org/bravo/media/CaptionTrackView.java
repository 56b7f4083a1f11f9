package org.bravo.media;

import java.util.List;

/** A captions track for the editor: the normalised WebVTT and its cues. */
public record CaptionTrackView(String lang, String vtt, List<CaptionCue> cues) {}
