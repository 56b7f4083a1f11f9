package org.bravo.platform.content;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bravo.platform.text.MarkdownRenderer;

/**
 * A {@link SearchSource} over one {@link WrittenContent} entity (posts, entries, comments). A feature states what
 * differs: its entity, which rows every employee may see, which rows a reindex reads, and how a row reads as a
 * document; the batch queries on ids are written once here.
 *
 * <p>Conditions are JPQL on the alias {@code x}, e.g. {@code x.deletedAt is null}.
 *
 * @param <E> the entity, whose JPA name is its simple class name
 */
public abstract class SearchSourceOfEntity<E extends WrittenContent> implements SearchSource {
    @Inject
    EntityManager em;

    @Inject
    MarkdownRenderer markdown;

    private final String type;
    private final Class<E> entity;
    private final String visible;
    private final String reindexed;

    /**
     * @param type      the content type, as in {@link ContentChanged} and in search results
     * @param entity    the entity class
     * @param visible   the condition under which every employee may see a row: it is searchable
     * @param reindexed the condition on the rows a reindex reads, {@code null} for all; a row read but not
     *                  {@code visible} is left out of the new index by its {@link IndexedContent#searchable()}
     */
    protected SearchSourceOfEntity(String type, Class<E> entity, String visible, String reindexed) {
        this.type = type;
        this.entity = entity;
        this.visible = visible;
        this.reindexed = reindexed;
    }

    /** The documents of these rows, by id; called with at least one row. */
    protected abstract Map<String, IndexedContent> documents(List<E> rows);

    /** The row's text as search reads it: its words, without the Markdown. */
    protected String text(E row) {
        return markdown.plainText(row.bodyMarkdown);
    }

    /** Whether the row itself may be found: neither deleted nor hidden. A source adds what else it asks. */
    protected static boolean shown(WrittenContent row) {
        return row.deletedAt == null && !row.moderation.isHidden();
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public Map<String, IndexedContent> load(Collection<String> ids) {
        List<Long> numeric = SearchSource.numericIds(ids);
        if (numeric.isEmpty()) {
            return new HashMap<>();
        }
        List<E> rows = em.createQuery("select x from " + name() + " x where x.id in ?1", entity)
                .setParameter(1, numeric)
                .getResultList();
        return rows.isEmpty() ? new HashMap<>() : documents(rows);
    }

    @Override
    public Set<String> searchable(Collection<String> ids) {
        List<Long> numeric = SearchSource.numericIds(ids);
        if (numeric.isEmpty()) {
            return Set.of();
        }
        Set<String> found = new HashSet<>();
        em.createQuery("select x.id from " + name() + " x where x.id in ?1 and " + visible, Long.class)
                .setParameter(1, numeric)
                .getResultList()
                .forEach(id -> found.add(String.valueOf(id)));
        return found;
    }

    /** The visible rows among these ids, for a source that must also ask about their parents. */
    protected List<E> visibleRows(Collection<String> ids) {
        List<Long> numeric = SearchSource.numericIds(ids);
        if (numeric.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select x from " + name() + " x where x.id in ?1 and " + visible, entity)
                .setParameter(1, numeric)
                .getResultList();
    }

    @Override
    public List<String> idsAfter(String after, int limit) {
        String where = reindexed == null ? "" : " and " + reindexed;
        return em
                .createQuery("select x.id from " + name() + " x where x.id > ?1" + where + " order by x.id", Long.class)
                .setParameter(1, after == null ? 0L : Long.parseLong(after))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(String::valueOf)
                .toList();
    }

    @Override
    public long countSearchable() {
        return em.createQuery("select count(x) from " + name() + " x where " + visible, Long.class)
                .getSingleResult();
    }

    private String name() {
        return entity.getSimpleName();
    }
}
