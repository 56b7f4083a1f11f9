package org.bravo.platform.content;

import java.time.Instant;

/**
 * {@link ModeratedWriting} for {@link PageContent}, which takes comments: moderators can lock them.
 *
 * @param <T> the feature's entity
 */
public abstract class ModeratedPages<T extends PageContent> extends ModeratedWriting<T> {
    protected ModeratedPages(String type, Class<T> entity) {
        super(type, entity);
    }

    /**
     * A page as the review queue lists it: it is where it shows, and its excerpt, author, state and locked comments
     * read the same for every feature; its {@code title}, shop and date ({@code at}) are the feature's own.
     */
    protected ModeratedItem page(String id, T content, String title, String shopCode, Instant at) {
        return new ModeratedItem(
                type(),
                id,
                content.authorSubject,
                title,
                content.excerpt,
                type(),
                id,
                shopCode,
                at,
                content.moderation.state(content.deletedAt != null),
                content.moderation.hiddenReason,
                content.commentsLockedAt != null);
    }

    @Override
    public boolean takesComments() {
        return true;
    }

    @Override
    public void lockComments(String id, boolean locked) {
        load(id).orElseThrow().commentsLockedAt = locked ? clock.instant() : null;
    }
}
