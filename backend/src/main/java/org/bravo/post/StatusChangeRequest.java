package org.bravo.post;

public record StatusChangeRequest(String status, String reason) {}
