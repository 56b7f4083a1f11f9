package org.bravo.platform.error;

/**
 * Every code a field error carries ({@code errors[].code} of a 422 problem), in one place. The web app words each in
 * the reader's language ({@code fieldErrors.<CODE>}); {@code ErrorCodeRegistryTest} keeps the two in step.
 */
public enum FieldCode {
    REQUIRED,
    TOO_LONG,
    TOO_MANY,
    /** Not a valid value: a malformed id, a value outside the allowed ones, a wrong type. */
    INVALID,
    /** Well-formed but names nothing the caller may use (an unknown photo, category or shop). */
    UNKNOWN,
    /** A watch word set to "block" (docs/api/moderation.md). */
    BLOCKED_WORD,
    /** One's own content, where only others' is allowed (reporting it). */
    OWN_CONTENT,
    /** NUL or broken Unicode characters that cannot be stored. */
    INVALID_CHARACTERS
}
