package org.bravo.search;

/** A suggestion as the person types: {@code kind} is title, tag, shop or person; {@code value} what to search or open. */
public record Suggestion(String kind, String text, String value) {}
