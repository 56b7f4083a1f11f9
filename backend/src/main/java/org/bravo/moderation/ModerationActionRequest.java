package org.bravo.moderation;

/** A moderator's action on content and why; the reason is told to the author (for a warning, it is the message). */
public record ModerationActionRequest(String action, String reason) {}
