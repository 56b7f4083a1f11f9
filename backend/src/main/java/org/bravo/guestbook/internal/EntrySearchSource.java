package org.bravo.guestbook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bravo.people.People;
import org.bravo.people.PersonSummary;
import org.bravo.platform.content.IndexedContent;
import org.bravo.platform.content.SearchSourceOfEntity;
import org.bravo.shop.ShopRef;
import org.bravo.shop.Shops;

/**
 * Guestbook entries as search finds them. Every employee reads every guestbook, so an entry is searchable unless it
 * is deleted or hidden (a hidden entry is seen only by its author and moderators, in the guestbook itself).
 */
@ApplicationScoped
public class EntrySearchSource extends SearchSourceOfEntity<Entry> {
    @Inject
    People people;

    @Inject
    Shops shops;

    public EntrySearchSource() {
        super(EntryContentResolver.TYPE, Entry.class, Entry.visible("x"), null);
    }

    @Override
    protected Map<String, IndexedContent> documents(List<Entry> found) {
        Map<String, IndexedContent> documents = new HashMap<>();
        Map<String, ShopRef> shopRefs =
                shops.refs(found.stream().map(e -> e.shopCode).toList());
        Map<String, PersonSummary> names =
                people.summaries(found.stream().map(e -> e.authorSubject).toList());
        for (Entry entry : found) {
            ShopRef shop = shopRefs.get(entry.shopCode);
            PersonSummary author = names.get(entry.authorSubject);
            String id = String.valueOf(entry.id);
            documents.put(
                    id,
                    new IndexedContent(
                            type(),
                            id,
                            shown(entry),
                            entry.kind,
                            null,
                            null,
                            text(entry),
                            List.of(),
                            List.of(),
                            entry.shopCode,
                            shop == null ? null : shop.name(),
                            author == null ? null : author.username(),
                            author == null ? null : author.displayName(),
                            entry.createdAt,
                            entry.bravoCount,
                            null,
                            null,
                            null));
        }
        return documents;
    }
}
