package org.bravo.platform.content;

/**
 * The kinds of content, by the names every module stores and exchanges them under: in bravos, comments, reports,
 * notifications, the search index and the API. Stored values: never rename one.
 */
public final class ContentTypes {
    public static final String POST = "post";
    /** A guestbook entry. */
    public static final String ENTRY = "entry";

    public static final String COMMENT = "comment";
    public static final String VIDEO = "video";

    private ContentTypes() {}
}
