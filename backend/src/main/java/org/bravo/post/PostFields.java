package org.bravo.post;

import java.util.List;

/**
 * What an author writes in a post, the same when writing it and when editing it: the post's content checks read both
 * requests through this one face.
 */
public interface PostFields {
    String title();

    String body();

    List<String> tags();

    Long categoryId();

    List<String> photoIds();

    /** Fields that come from elsewhere than a request: a practice promoted from a guestbook entry. */
    static PostFields of(String title, String body, List<String> tags, Long categoryId, List<String> photoIds) {
        record Written(String title, String body, List<String> tags, Long categoryId, List<String> photoIds)
                implements PostFields {}
        return new Written(title, body, tags, categoryId, photoIds);
    }
}
