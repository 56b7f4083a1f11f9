package org.bravo.guestbook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.bravo.comment.CommentCountChanged;
import org.bravo.comment.CommentPosted;
import org.bravo.platform.content.ContentRef;
import org.bravo.platform.content.ContentResolver;
import org.bravo.platform.content.ContentTypes;
import org.bravo.platform.security.Viewer;
import org.bravo.vote.BravoGiven;

/** Lets comments and bravos attach to guestbook entries, and keeps the entry's counters in step with them. */
@ApplicationScoped
public class EntryContentResolver implements ContentResolver {
    public static final String TYPE = ContentTypes.ENTRY;

    @Inject
    EntryRepository entries;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<ContentRef> findVisible(long id, Viewer viewer) {
        return Optional.ofNullable(entries.findById(id))
                // A hidden entry takes no new comments or bravos, even from the moderators who can still see it.
                .filter(e -> EntryPolicy.canView(e, viewer))
                .map(e -> ContentRef.root(
                        TYPE, e.id, e.authorSubject, e.moderation.isHidden(), e.commentsLockedAt != null));
    }

    @Override
    public void adjustBravoCount(long id, int delta) {
        entries.adjustBravoCount(id, delta);
    }

    void onCommentCount(@Observes CommentCountChanged change) {
        if (TYPE.equals(change.targetType())) {
            entries.adjustCommentCount(change.targetId(), change.delta());
        }
    }

    void onComment(@Observes CommentPosted comment) {
        if (TYPE.equals(comment.targetType())) {
            entries.touch(comment.targetId(), comment.at());
        }
    }

    void onBravo(@Observes BravoGiven bravo) {
        if (TYPE.equals(bravo.targetType())) {
            entries.touch(bravo.targetId(), bravo.at());
        }
    }
}
