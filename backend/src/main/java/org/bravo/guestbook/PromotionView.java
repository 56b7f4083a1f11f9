package org.bravo.guestbook;

/** The practice an entry became. */
public record PromotionView(long postId) {}
