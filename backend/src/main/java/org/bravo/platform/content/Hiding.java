package org.bravo.platform.content;

/**
 * Why content is hidden and by whom: {@code actorSubject} is null when Bravo itself hides it (reports reaching the
 * threshold, a watch word); {@code pendingReview} when no moderator has decided yet.
 */
public record Hiding(String actorSubject, String reason, boolean pendingReview) {}
