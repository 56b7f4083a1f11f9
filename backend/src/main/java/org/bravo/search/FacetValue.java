package org.bravo.search;

/** A value of a filter and how many results it would give, the other filters applied. */
public record FacetValue(String value, long count) {}
