package org.bravo.guestbook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bravo.platform.content.ModeratedItem;
import org.bravo.platform.content.ModeratedPages;
import org.bravo.platform.content.ModerationTitles;
import org.bravo.platform.security.Viewer;

/** Lets moderation hide, restore, delete guestbook entries and lock their comments. */
@ApplicationScoped
public class EntryModeration extends ModeratedPages<Entry> {
    @Inject
    EntryService service;

    public EntryModeration() {
        super(EntryContentResolver.TYPE, Entry.class);
    }

    /** Entries have no title: the queue shows the start of their text. */
    @Override
    protected ModeratedItem describe(String id, Entry e) {
        return page(id, e, ModerationTitles.of(e.excerpt), e.shopCode, e.createdAt);
    }

    @Override
    protected boolean canView(Entry entry, Viewer viewer) {
        return EntryPolicy.canView(entry, viewer);
    }

    @Override
    public void delete(String id, Viewer moderator) {
        service.delete(Long.parseLong(id), moderator);
    }
}
