package org.bravo.search.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The {@code after} cursor of a result page: the last hit's sort values, as URL-safe base64 of a JSON array, handed
 * back as Elasticsearch's {@code search_after}. Opaque to clients, so the sort can change without an API change.
 */
final class SearchCursor {
    // A plain mapper, not the application's: the cursor's bytes must not depend on its settings.
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchCursor() {}

    static String encode(List<FieldValue> sort) {
        List<Object> values = new ArrayList<>();
        for (FieldValue value : sort) {
            values.add(value._get());
        }
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(JSON.writeValueAsString(values).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The sort values of a cursor; empty for none.
     *
     * @throws IllegalArgumentException when it is not base64 of a JSON array
     */
    static List<FieldValue> decode(String after) {
        if (after == null || after.isBlank()) {
            return List.of();
        }
        List<?> values;
        try {
            values = JSON.readValue(Base64.getUrlDecoder().decode(after.strip()), List.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a cursor", e);
        }
        if (values == null) {
            // "null" is valid JSON but no array: a forged cursor, to be refused like any other.
            throw new IllegalArgumentException("Not a cursor");
        }
        List<FieldValue> sort = new ArrayList<>();
        for (Object value : values) {
            // Scores are doubles and dates longs: each goes back with the JSON type Elasticsearch sent.
            if (value instanceof Number n && (n instanceof Double || n instanceof Float)) {
                sort.add(FieldValue.of(n.doubleValue()));
            } else if (value instanceof Number n) {
                sort.add(FieldValue.of(n.longValue()));
            } else if (value instanceof String s) {
                sort.add(FieldValue.of(s));
            } else {
                sort.add(FieldValue.of(JsonData.of(value)));
            }
        }
        return sort;
    }
}
