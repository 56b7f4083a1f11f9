package org.bravo.search.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;

/**
 * A search request once validated: every field error is reported at once (422), and what is left is typed, so the
 * query builder never meets a bad value.
 *
 * @param text   the stripped text, empty for none
 * @param chosen the facet values chosen, by facet name in {@link SearchQueryBuilder#FACETS} order; blank ones left out
 * @param after  the cursor's sort values, empty on the first page
 */
record SearchCriteria(
        String text,
        Map<String, String> chosen,
        LocalDate from,
        LocalDate to,
        String sort,
        List<FieldValue> after,
        int size) {
    static final int MAX_QUERY = 200;
    static final int MAX_SIZE = 50;
    static final Set<String> SORTS = Set.of("relevance", "newest", "bravos");

    static SearchCriteria of(SearchService.Request request) {
        FieldErrors errors = new FieldErrors();
        String text = request.q() == null ? "" : request.q().strip();
        errors.maxLength("q", text, MAX_QUERY);
        String sort = request.sort() == null || request.sort().isBlank() ? "relevance" : request.sort();
        if (!SORTS.contains(sort)) {
            errors.add("sort", FieldCode.INVALID, "One of relevance, newest, bravos.");
        }
        int size = request.size() == null ? 20 : request.size();
        if (size < 1 || size > MAX_SIZE) {
            errors.add("size", FieldCode.INVALID, "Between 1 and " + MAX_SIZE + ".");
        }
        LocalDate from = date(errors, "from", request.from());
        LocalDate to = date(errors, "to", request.to());
        if (from != null && to != null && from.isAfter(to)) {
            errors.add("to", FieldCode.INVALID, "On or after the start date.");
        }
        List<FieldValue> after = List.of();
        try {
            after = SearchCursor.decode(request.after());
        } catch (IllegalArgumentException e) {
            errors.add("after", FieldCode.INVALID, "Not a cursor from a previous page.");
        }
        errors.throwIfAny();

        Map<String, String> chosen = new LinkedHashMap<>();
        choose(chosen, "type", request.type());
        choose(chosen, "kind", request.kind());
        choose(chosen, "shop", request.shop());
        choose(chosen, "tag", request.tag());
        choose(chosen, "author", request.author());
        return new SearchCriteria(text, chosen, from, to, sort, after, size);
    }

    private static void choose(Map<String, String> chosen, String facet, String value) {
        if (value != null && !value.isBlank()) {
            chosen.put(facet, value.strip());
        }
    }

    private static LocalDate date(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, FieldCode.INVALID, "A date like 2026-11-29.");
            return null;
        }
    }
}
