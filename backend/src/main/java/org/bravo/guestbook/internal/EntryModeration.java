package org.bravo.guestbook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.bravo.platform.content.ContentChanged;
import org.bravo.platform.content.Hiding;
import org.bravo.platform.content.ModeratedContent;
import org.bravo.platform.content.ModeratedItem;
import org.bravo.platform.content.ModerationTitles;
import org.bravo.platform.security.Viewer;

/** Lets moderation hide, restore, delete guestbook entries and lock their comments. */
@ApplicationScoped
public class EntryModeration implements ModeratedContent {
    private final EntryRepository entries;
    private final EntryService service;
    private final Event<ContentChanged> changed;
    private final Clock clock;

    @Inject
    public EntryModeration(EntryRepository entries, EntryService service, Event<ContentChanged> changed,
                           Clock clock) {
        this.entries = entries;
        this.service = service;
        this.changed = changed;
        this.clock = clock;
    }

    @Override
    public String type() {
        return EntryContentResolver.TYPE;
    }

    @Override
    public Optional<ModeratedItem> find(String id) {
        // Entries have no title: the queue shows the start of their text.
        return entry(id).map(e -> new ModeratedItem(type(), id, e.authorSubject, ModerationTitles.of(e.excerpt),
                e.excerpt, type(), id, e.shopCode, e.createdAt,
                e.moderation.state(e.deletedAt != null), e.moderation.hiddenReason,
                e.commentsLockedAt != null));
    }

    @Override
    public long countBy(String authorSubject) {
        return entries.count("authorSubject = ?1 and deletedAt is null", authorSubject);
    }

    @Override
    public boolean visibleTo(String id, Viewer viewer) {
        return entry(id).filter(e -> EntryPolicy.canView(e, viewer)).isPresent();
    }

    @Override
    public void hide(String id, Hiding hiding) {
        Entry entry = entry(id).orElseThrow();
        entry.moderation.hide(hiding, clock.instant());
        changed.fire(ContentChanged.of(type(), entry.id));
    }

    @Override
    public void restore(String id) {
        Entry entry = entry(id).orElseThrow();
        entry.moderation.restore();
        changed.fire(ContentChanged.of(type(), entry.id));
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
        entry(id).orElseThrow().commentsLockedAt = locked ? clock.instant() : null;
    }

    private Optional<Entry> entry(String id) {
        try {
            return Optional.ofNullable(entries.findById(Long.parseLong(id)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
