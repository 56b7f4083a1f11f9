package org.bravo.media;

/** One caption: what is said between two moments of a video, in plain text. */
public record CaptionCue(long startMs, long endMs, String text) {}
