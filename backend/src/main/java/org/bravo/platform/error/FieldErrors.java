package org.bravo.platform.error;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Collects every invalid field of a request before answering, so a person fixes a form in one go. Codes come from
 * the one registry, {@link FieldCode}.
 */
public final class FieldErrors {
    private final List<Problem.FieldError> errors = new ArrayList<>();

    public FieldErrors required(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, FieldCode.REQUIRED, "This field is required.");
        }
        return this;
    }

    public FieldErrors required(String field, Object value) {
        if (value == null) {
            add(field, FieldCode.REQUIRED, "This field is required.");
        }
        return this;
    }

    public FieldErrors maxLength(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add(field, FieldCode.TOO_LONG, "At most " + max + " characters.");
        }
        return this;
    }

    public FieldErrors maxItems(String field, Collection<?> values, int max) {
        if (values != null && values.size() > max) {
            add(field, FieldCode.TOO_MANY, "At most " + max + " items.");
        }
        return this;
    }

    /**
     * Reads a list of ids: at most {@code max}, each a UUID (else reported as not a {@code what} id), duplicates
     * dropped. Returns the distinct ids in order, empty when the list is missing or too long.
     */
    public List<UUID> distinctIds(String field, List<String> raw, int max, String what) {
        maxItems(field, raw, max);
        List<UUID> ids = new ArrayList<>();
        if (raw == null || raw.size() > max) {
            return ids;
        }
        for (String value : raw) {
            try {
                UUID id = UUID.fromString(value);
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                add(field, FieldCode.INVALID, "Not a " + what + " id: " + value);
            }
        }
        return ids;
    }

    public FieldErrors add(String field, FieldCode code, String message) {
        errors.add(new Problem.FieldError(field, code, message));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws a 422 problem listing every error, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid("Some fields are invalid.", errors);
        }
    }
}
