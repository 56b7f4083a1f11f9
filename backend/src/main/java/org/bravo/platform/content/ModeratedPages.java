package org.bravo.platform.content;

/**
 * {@link ModeratedWriting} for {@link PageContent}, which takes comments: moderators can lock them.
 *
 * @param <T> the feature's entity
 */
public abstract class ModeratedPages<T extends PageContent> extends ModeratedWriting<T> {
    protected ModeratedPages(String type, Class<T> entity) {
        super(type, entity);
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
