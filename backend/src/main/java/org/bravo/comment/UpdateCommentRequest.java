package org.bravo.comment;

public record UpdateCommentRequest(String body) {
}
