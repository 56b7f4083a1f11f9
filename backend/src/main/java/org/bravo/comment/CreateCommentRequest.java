package org.bravo.comment;

public record CreateCommentRequest(String body, Long parentId) {}
