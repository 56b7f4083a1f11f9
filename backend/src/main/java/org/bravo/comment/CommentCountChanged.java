package org.bravo.comment;

/** Comments on some content were added or removed; the content's owner keeps its counter in step. */
public record CommentCountChanged(String targetType, long targetId, int delta) {}
