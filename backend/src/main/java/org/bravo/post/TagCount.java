package org.bravo.post;

public record TagCount(String tag, long count) {}
