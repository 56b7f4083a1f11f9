package org.bravo.platform.error;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the body of every non-2xx answer. {@code code} is stable and machine-readable (the web
 * app translates it); {@code title} and {@code detail} are for people reading logs or the raw API.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<FieldError> errors,
        @JsonIgnore Map<String, Object> extensions) {

    /** RFC 9457 extension members (e.g. {@code suspendedUntil}), written beside the standard ones. */
    @JsonAnyGetter
    public Map<String, Object> members() {
        return extensions == null ? Map.of() : extensions;
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: {@code field} is the JSON path of the input, {@code code} a stable reason. */
    public record FieldError(String field, String code, String message) {
        public FieldError(String field, FieldCode code, String message) {
            this(field, code.name(), message);
        }
    }
}
