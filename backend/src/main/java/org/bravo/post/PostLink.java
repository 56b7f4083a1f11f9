package org.bravo.post;

/** Enough of a post to link to it. */
public record PostLink(long id, String title) {}
