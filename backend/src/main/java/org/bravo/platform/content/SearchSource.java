package org.bravo.platform.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Implemented by each feature whose content search finds (posts, comments, guestbook entries, videos), so search
 * indexes and rebuilds them without knowing their tables. Ids are strings: videos have UUIDs.
 */
public interface SearchSource {
    /** The content type, as in {@link ContentChanged} and in search results, e.g. {@code post}. */
    String type();

    /** The documents of these ids; an id absent from the answer no longer exists and leaves the index. */
    Map<String, IndexedContent> load(Collection<String> ids);

    /**
     * Which of these ids every employee may still see, straight from the database. Search drops the others from its
     * answers, so a hide or a delete shows at once, before the index catches up.
     */
    Set<String> searchable(Collection<String> ids);

    /** Ids of every piece of this content after {@code after} (null: from the start), in order, for a reindex. */
    List<String> idsAfter(String after, int limit);

    /** How many of these search holds, to show reindex progress against. */
    long countSearchable();

    /** Ids of this type's content that lives under these parents, re-indexed when a parent changes. */
    default Set<String> childrenOf(String parentType, Collection<String> parentIds) {
        return Set.of();
    }

    /** The ids that are numbers (posts, entries, comments); any other id names nothing of theirs. */
    static List<Long> numericIds(Collection<String> ids) {
        List<Long> numeric = new ArrayList<>();
        for (String id : ids) {
            try {
                numeric.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                // Absent from the answer, as an unknown id would be.
            }
        }
        return numeric;
    }
}
