package org.bravo.guestbook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.bravo.platform.content.ContentChanged;
import org.bravo.platform.content.HiddenState;
import org.bravo.platform.content.ModeratedItem;
import org.bravo.platform.content.ModeratedRows;
import org.bravo.platform.content.ModerationTitles;
import org.bravo.platform.security.Viewer;

/** Lets moderation hide, restore, delete guestbook entries and lock their comments. */
@ApplicationScoped
public class EntryModeration extends ModeratedRows<Entry> {
    private final EntryRepository entries;
    private final EntryService service;

    @Inject
    public EntryModeration(EntryRepository entries, EntryService service, Event<ContentChanged> changed, Clock clock) {
        super(changed, clock);
        this.entries = entries;
        this.service = service;
    }

    @Override
    public String type() {
        return EntryContentResolver.TYPE;
    }

    @Override
    protected Optional<Entry> load(String id) {
        return numericId(id).map(entries::findById);
    }

    @Override
    protected HiddenState moderation(Entry entry) {
        return entry.moderation;
    }

    /** Entries have no title: the queue shows the start of their text. */
    @Override
    protected ModeratedItem describe(String id, Entry e) {
        return new ModeratedItem(
                type(),
                id,
                e.authorSubject,
                ModerationTitles.of(e.excerpt),
                e.excerpt,
                type(),
                id,
                e.shopCode,
                e.createdAt,
                e.moderation.state(e.deletedAt != null),
                e.moderation.hiddenReason,
                e.commentsLockedAt != null);
    }

    @Override
    protected boolean canView(Entry entry, Viewer viewer) {
        return EntryPolicy.canView(entry, viewer);
    }

    @Override
    public long countBy(String authorSubject) {
        return entries.count("authorSubject = ?1 and deletedAt is null", authorSubject);
    }

    @Override
    public void delete(String id, Viewer moderator) {
        service.delete(Long.parseLong(id), moderator);
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
