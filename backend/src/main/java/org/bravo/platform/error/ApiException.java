package org.bravo.platform.error;

import java.util.List;
import java.util.Map;

/**
 * Thrown by features to answer with a problem: the mapper turns it into problem+json. Its code comes from the one
 * registry, {@link ErrorCode}.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final ErrorCode code;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;

    public ApiException(
            int status,
            ErrorCode code,
            String title,
            String detail,
            List<Problem.FieldError> errors,
            Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = extensions;
    }

    public ApiException(int status, ErrorCode code, String title, String detail, List<Problem.FieldError> errors) {
        this(status, code, title, detail, errors, Map.of());
    }

    public ApiException(int status, ErrorCode code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    /** Hidden and missing content both answer 404 so that ids cannot be probed. */
    public static ApiException notFound(ErrorCode code, String detail) {
        return new ApiException(404, code, "Not found", detail);
    }

    public static ApiException forbidden(ErrorCode code, String detail) {
        return new ApiException(403, code, "Forbidden", detail);
    }

    public static ApiException invalid(String detail, List<Problem.FieldError> errors) {
        return new ApiException(422, ErrorCode.VALIDATION_FAILED, "Invalid input", detail, errors);
    }

    public static ApiException unavailable(ErrorCode code, String detail) {
        return new ApiException(503, code, "Temporarily unavailable", detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code.name();
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** Extra members of the problem body, for clients that act on them (null values are written as null). */
    public Map<String, Object> extensions() {
        return extensions;
    }
}
