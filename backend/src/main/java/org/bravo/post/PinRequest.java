package org.bravo.post;

public record PinRequest(Integer days) {}
