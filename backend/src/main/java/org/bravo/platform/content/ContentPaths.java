package org.bravo.platform.content;

import java.util.Map;

/** The plural a URL uses for each content type: {@code /posts/1/bravo}, {@code /entries/7/comments}. */
public final class ContentPaths {
    /** Content a bravo may go to, as a JAX-RS path pattern. */
    public static final String BRAVO_TARGETS = "posts|comments|entries";
    /** Content people comment on, as a JAX-RS path pattern. */
    public static final String COMMENT_TARGETS = "posts|entries";

    private static final Map<String, String> TYPES =
            Map.of("posts", ContentTypes.POST, "comments", ContentTypes.COMMENT, "entries", ContentTypes.ENTRY);

    private ContentPaths() {}

    /** The content type for a URL plural; the path patterns above only let known plurals through. */
    public static String type(String plural) {
        String type = TYPES.get(plural);
        if (type == null) {
            throw new IllegalArgumentException("No content type for /" + plural);
        }
        return type;
    }
}
