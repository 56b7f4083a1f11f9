package org.bravo.platform.content;

/**
 * Searchable content was created, edited, published, hidden, deleted or moved: fired inside the writing transaction,
 * so search's outbox note commits or rolls back with the change itself. {@code type} is a {@link SearchSource} type.
 */
public record ContentChanged(String type, String id) {

    public static ContentChanged of(String type, long id) {
        return new ContentChanged(type, String.valueOf(id));
    }
}
