package org.bravo.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results; {@code next} is the cursor of the following page (null on the last). {@code facets} maps each
 * filter ({@code type}, {@code kind}, {@code shop}, {@code tag}, {@code author}) to its values with counts.
 * {@code didYouMean} is a corrected query when this one found nothing and a close one would.
 */
public record SearchPage(
        List<SearchHit> items, long total, Map<String, List<FacetValue>> facets, String next, String didYouMean) {}
