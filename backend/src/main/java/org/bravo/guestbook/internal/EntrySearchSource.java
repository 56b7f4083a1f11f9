package org.bravo.guestbook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bravo.people.People;
import org.bravo.people.PersonSummary;
import org.bravo.platform.content.IndexedContent;
import org.bravo.platform.content.SearchSource;
import org.bravo.platform.text.MarkdownRenderer;
import org.bravo.shop.ShopRef;
import org.bravo.shop.Shops;

/**
 * Guestbook entries as search finds them. Every employee reads every guestbook, so an entry is searchable unless it
 * is deleted or hidden (a hidden entry is seen only by its author and moderators, in the guestbook itself).
 */
@ApplicationScoped
public class EntrySearchSource implements SearchSource {
    private final EntryRepository entries;
    private final People people;
    private final Shops shops;
    private final MarkdownRenderer markdown;

    @Inject
    public EntrySearchSource(EntryRepository entries, People people, Shops shops, MarkdownRenderer markdown) {
        this.entries = entries;
        this.people = people;
        this.shops = shops;
        this.markdown = markdown;
    }

    @Override
    public String type() {
        return EntryContentResolver.TYPE;
    }

    @Override
    public Map<String, IndexedContent> load(Collection<String> ids) {
        Map<String, IndexedContent> documents = new HashMap<>();
        List<Long> numeric = SearchSource.numericIds(ids);
        if (numeric.isEmpty()) {
            return documents;
        }
        List<Entry> found = entries.list("id in ?1", numeric);
        Map<String, ShopRef> shopRefs = shops.refs(found.stream().map(e -> e.shopCode).toList());
        Map<String, PersonSummary> names = people.summaries(found.stream().map(e -> e.authorSubject).toList());
        for (Entry entry : found) {
            ShopRef shop = shopRefs.get(entry.shopCode);
            PersonSummary author = names.get(entry.authorSubject);
            String id = String.valueOf(entry.id);
            documents.put(id, new IndexedContent(type(), id, entry.deletedAt == null && !entry.moderation.isHidden(),
                    entry.kind, null, null, markdown.plainText(entry.bodyMarkdown), List.of(), List.of(), entry.shopCode,
                    shop == null ? null : shop.name(), author == null ? null : author.username(),
                    author == null ? null : author.displayName(), entry.createdAt, entry.bravoCount, null, null,
                    null));
        }
        return documents;
    }

    @Override
    public Set<String> searchable(Collection<String> ids) {
        List<Long> numeric = SearchSource.numericIds(ids);
        if (numeric.isEmpty()) {
            return Set.of();
        }
        Set<String> visible = new HashSet<>();
        entries.getEntityManager().createQuery(
                        "select e.id from Entry e where e.id in ?1 and e.deletedAt is null and e.moderation.hiddenAt is null",
                        Long.class)
                .setParameter(1, numeric).getResultList().forEach(id -> visible.add(String.valueOf(id)));
        return visible;
    }

    @Override
    public List<String> idsAfter(String after, int limit) {
        return entries.getEntityManager()
                .createQuery("select e.id from Entry e where e.id > ?1 order by e.id", Long.class)
                .setParameter(1, after == null ? 0L : Long.parseLong(after)).setMaxResults(limit).getResultList()
                .stream().map(String::valueOf).toList();
    }

    @Override
    public long countSearchable() {
        return entries.count("deletedAt is null and moderation.hiddenAt is null");
    }
}
