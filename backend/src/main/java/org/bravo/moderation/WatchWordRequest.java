package org.bravo.moderation;

/** A watch word: {@code action} is block, hold or flag. */
public record WatchWordRequest(String phrase, String action) {}
