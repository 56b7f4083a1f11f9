package org.bravo.post;

public record CategoryRequest(String name, Integer position) {}
