package org.bravo.platform.content;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * {@link ModeratedRows} for a {@link WrittenContent} entity: its rows found by their numeric id, their hidden state and
 * author in the shared columns. A feature states its type and entity, and what {@link ModeratedRows} leaves to it.
 *
 * @param <T> the feature's entity, whose JPA name is its simple class name
 */
public abstract class ModeratedWriting<T extends WrittenContent> extends ModeratedRows<T> {
    @Inject
    EntityManager em;

    private final String type;
    private final Class<T> entity;

    /**
     * @param type   the content type, as in {@link SearchSource#type()}
     * @param entity the entity class
     */
    protected ModeratedWriting(String type, Class<T> entity) {
        this.type = type;
        this.entity = entity;
    }

    /**
     * What counts as published in the author's history, in JPQL on the alias {@code x}: not deleted. Content with
     * drafts adds that it is not one.
     */
    protected String published() {
        return "x.deletedAt is null";
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    protected Optional<T> load(String id) {
        return numericId(id).map(number -> em.find(entity, number));
    }

    @Override
    protected HiddenState moderation(T row) {
        return row.moderation;
    }

    @Override
    public long countBy(String authorSubject) {
        return em.createQuery(
                        "select count(x) from " + entity.getSimpleName() + " x where x.authorSubject = ?1 and "
                                + published(),
                        Long.class)
                .setParameter(1, authorSubject)
                .getSingleResult();
    }
}
