package org.bravo.post;

public record CategoryView(long id, String name, int position) {}
