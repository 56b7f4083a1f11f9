package org.bravo.platform.content;

import java.time.Instant;
import java.util.List;

/**
 * What search indexes of one piece of content, read from the database (the source of truth). {@code searchable} is
 * false for anything not every employee may see (drafts, deleted or hidden content, content under such a parent):
 * it must not be found. {@code parentType}/{@code parentId}/{@code parentTitle} name the page a comment or a video
 * lives on; {@code cues} are a video's captions, each with the moment it is said.
 */
public record IndexedContent(
        String type,
        String id,
        boolean searchable,
        String kind,
        String status,
        String title,
        String body,
        List<Cue> cues,
        List<String> tags,
        String shopCode,
        String shopName,
        String authorUsername,
        String authorName,
        Instant createdAt,
        int bravos,
        String parentType,
        String parentId,
        String parentTitle) {

    public IndexedContent {
        cues = cues == null ? List.of() : List.copyOf(cues);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** One caption line and when it starts. */
    public record Cue(long startMs, String text) {}

    /**
     * The same content under a parent, which decides whether it may be found. It takes the parent's shop as a filter
     * value, not its shop name or tags as text: searching a shop's name finds the shop's pages, not every comment on
     * them.
     */
    public IndexedContent under(IndexedContent parent) {
        return new IndexedContent(
                type,
                id,
                searchable && parent.searchable(),
                kind,
                status,
                title,
                body,
                cues,
                tags,
                parent.shopCode(),
                null,
                authorUsername,
                authorName,
                createdAt,
                bravos,
                parent.type(),
                parent.id(),
                parent.title());
    }
}
