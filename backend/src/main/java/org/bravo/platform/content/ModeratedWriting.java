package org.bravo.platform.content;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.Optional;

/**
 * {@link ModeratedRows} for {@link WrittenContent}: rows found by a numeric id in the feature's repository, their
 * hidden state and author in the shared columns.
 *
 * @param <T> the feature's entity
 */
public abstract class ModeratedWriting<T extends WrittenContent> extends ModeratedRows<T> {
    /** The feature's repository of these rows. */
    protected abstract PanacheRepositoryBase<T, Long> rows();

    /**
     * What counts as published in the author's history, in Panache's short form: not deleted. Content with drafts
     * adds that it is not one.
     */
    protected String published() {
        return "deletedAt is null";
    }

    @Override
    protected Optional<T> load(String id) {
        return numericId(id).map(rows()::findById);
    }

    @Override
    protected HiddenState moderation(T row) {
        return row.moderation;
    }

    @Override
    public long countBy(String authorSubject) {
        return rows().count("authorSubject = ?1 and " + published(), authorSubject);
    }
}
