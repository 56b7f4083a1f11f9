package org.bravo.platform.error;

import java.util.Locale;

/**
 * Every problem code Bravo answers with, in one place and grouped by the feature that raises it. Clients act on these
 * names (the web app shows a translated message for each, {@code errors.codes.<CODE>}), so a code is never renamed
 * nor reused for another meaning. {@code ErrorCodeRegistryTest} checks that each has French and English text in the
 * web app and is documented in {@code docs/api}.
 */
public enum ErrorCode {
    // Shared by every feature: the framework's statuses and input that no feature could read.
    MALFORMED_REQUEST,
    AUTHENTICATION_REQUIRED,
    FORBIDDEN,
    NOT_FOUND,
    METHOD_NOT_ALLOWED,
    NOT_ACCEPTABLE,
    UNSUPPORTED_MEDIA_TYPE,
    PAYLOAD_TOO_LARGE,
    VALIDATION_FAILED,
    TOO_MANY_REQUESTS,
    INTERNAL_ERROR,
    SERVICE_UNAVAILABLE,
    /** NUL, lone surrogates or bytes that are not UTF-8 in a path, query or JSON string. */
    INVALID_CHARACTERS,
    EMPLOYEE_ROLE_REQUIRED,
    RATE_LIMIT_UNAVAILABLE,
    CONTENT_HIDDEN,
    OWN_CONTENT,

    // people and profile
    PERSON_NOT_FOUND,
    SHOP_FROM_DIRECTORY,
    SHOP_REQUEST_NOT_FOUND,
    SHOP_REQUEST_DECIDED,
    SHOP_NOT_OPEN,

    // shop
    SHOP_NOT_FOUND,
    SHOP_CODE_TAKEN,
    SHOP_INACTIVE,

    // post
    POST_NOT_FOUND,
    NOT_YOUR_POST,
    POST_HAS_NO_STATUS,
    INVALID_STATUS_TRANSITION,
    POST_NOT_PUBLISHED,
    CATEGORY_NOT_FOUND,
    CATEGORY_NAME_TAKEN,

    // comment
    COMMENT_NOT_FOUND,
    NOT_YOUR_COMMENT,
    COMMENTS_LOCKED,

    // guestbook and exchange
    ENTRY_NOT_FOUND,
    NOT_YOUR_ENTRY,
    NOT_A_MEMBER,
    ENTRY_ALREADY_PROMOTED,
    EXCHANGE_NOT_ENOUGH_SHOPS,
    EXCHANGE_NO_ROUND,

    // media
    PHOTO_NOT_FOUND,
    IMAGE_TOO_LARGE,
    UNSUPPORTED_IMAGE,
    IMAGE_PROCESSING_BUSY,
    STORAGE_UNAVAILABLE,
    VIDEO_NOT_FOUND,
    VIDEO_TOO_LARGE,
    VIDEO_ALREADY_ATTACHED,
    TOO_MANY_UPLOADS,
    UPLOAD_FINISHED,
    UPLOAD_INCOMPLETE,
    CAPTIONS_NOT_FOUND,

    // moderation
    ACCOUNT_SUSPENDED,
    ALREADY_REPORTED,
    ACTION_NOT_APPLICABLE,
    CONTENT_NOT_FOUND,
    CANNOT_SUSPEND_YOURSELF,
    NOT_SUSPENDED,
    WATCH_WORD_EXISTS,
    WATCH_WORD_NOT_FOUND,

    // notification
    NOTIFICATION_NOT_FOUND,

    // search
    SEARCH_UNAVAILABLE,
    REINDEX_RUNNING;

    /** {@code <TYPE>_NOT_FOUND} for a content type ({@code post}, {@code entry}, {@code comment}, {@code video}). */
    public static ErrorCode missing(String contentType) {
        try {
            return valueOf(contentType.toUpperCase(Locale.ROOT) + "_NOT_FOUND");
        } catch (IllegalArgumentException e) {
            return NOT_FOUND;
        }
    }

    /** The code for an HTTP status raised by the framework rather than by a feature. */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST.name();
            case 401 -> AUTHENTICATION_REQUIRED.name();
            case 403 -> FORBIDDEN.name();
            case 404 -> NOT_FOUND.name();
            case 405 -> METHOD_NOT_ALLOWED.name();
            case 406 -> NOT_ACCEPTABLE.name();
            case 413 -> PAYLOAD_TOO_LARGE.name();
            case 415 -> UNSUPPORTED_MEDIA_TYPE.name();
            case 422 -> VALIDATION_FAILED.name();
            case 429 -> TOO_MANY_REQUESTS.name();
            case 503 -> SERVICE_UNAVAILABLE.name();
            // A status no feature answers with on purpose: named after itself, never mistaken for a known code.
            default -> status >= 500 ? INTERNAL_ERROR.name() : "HTTP_" + status;
        };
    }
}
