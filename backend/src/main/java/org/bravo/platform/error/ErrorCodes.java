package org.bravo.platform.error;

/** Codes shared by every feature; features define their own (e.g. {@code PRACTICE_NOT_FOUND}) next to their code. */
public final class ErrorCodes {
    public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";
    public static final String AUTHENTICATION_REQUIRED = "AUTHENTICATION_REQUIRED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    public static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    /**
     * A path, query or JSON string holds characters no value may hold (NUL, lone UTF-16 surrogates, bytes that are
     * not UTF-8): the database could neither store nor compare them. Also a field error code.
     */
    public static final String INVALID_CHARACTERS = "INVALID_CHARACTERS";

    private ErrorCodes() {}

    /** The generic code for an HTTP status raised by the framework rather than by a feature. */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> AUTHENTICATION_REQUIRED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> VALIDATION_FAILED;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : "HTTP_" + status;
        };
    }
}
