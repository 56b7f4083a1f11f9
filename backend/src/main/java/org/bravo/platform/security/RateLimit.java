package org.bravo.platform.security;

/**
 * The kinds of request limited per person (see {@link RateLimitConfig} for each one's allowance). Each kind has its
 * own counter: spending the comments allowance leaves posts and search untouched.
 */
public enum RateLimit {
    POSTS("posts", "posts written or edited"),
    ENTRIES("entries", "guestbook entries written or edited"),
    COMMENTS("comments", "comments written or edited"),
    REPORTS("reports", "reports"),
    MENTIONS("mentions", "people mentioned"),
    UPLOADS("uploads", "photo and video uploads"),
    SEARCH("search", "searches");

    private final String key;
    private final String what;

    RateLimit(String key, String what) {
        this.key = key;
        this.what = what;
    }

    /** The name in configuration keys, the counter table and the {@code limit} member of a 429 answer. */
    public String key() {
        return key;
    }

    /** What is counted, for the problem's detail. */
    public String what() {
        return what;
    }
}
