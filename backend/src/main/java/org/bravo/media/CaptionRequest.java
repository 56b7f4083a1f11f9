package org.bravo.media;

/** A WebVTT file's text, uploaded or written in the caption editor. */
public record CaptionRequest(String vtt) {}
