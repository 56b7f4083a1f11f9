package org.bravo.post.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bravo.people.People;
import org.bravo.people.PersonSummary;
import org.bravo.post.PostDocument;
import org.bravo.shop.ShopRef;
import org.bravo.shop.Shops;

/** Reads posts as search documents, a batch at a time: one query for the posts, one for their tags. */
@ApplicationScoped
public class PostDocuments {
    private final PostRepository posts;
    private final People people;
    private final Shops shops;

    @Inject
    public PostDocuments(PostRepository posts, People people, Shops shops) {
        this.posts = posts;
        this.people = people;
        this.shops = shops;
    }

    public Map<Long, PostDocument> load(Collection<Long> ids) {
        Map<Long, PostDocument> documents = new HashMap<>();
        if (ids.isEmpty()) {
            return documents;
        }
        List<Post> found = posts.list("id in ?1", List.copyOf(ids));
        if (found.isEmpty()) {
            return documents;
        }
        Map<Long, List<String>> tags = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = posts.getEntityManager()
                .createNativeQuery("select post_id, tag from post_tag where post_id in (:ids) order by tag")
                .setParameter("ids", found.stream().map(p -> p.id).toList()).getResultList();
        for (Object[] row : rows) {
            tags.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add((String) row[1]);
        }
        Set<String> shopCodes = new HashSet<>();
        Set<String> authors = new HashSet<>();
        for (Post post : found) {
            if (post.shopCode != null) {
                shopCodes.add(post.shopCode);
            }
            authors.add(post.authorSubject);
        }
        Map<String, ShopRef> shopRefs = shops.refs(shopCodes);
        Map<String, PersonSummary> names = people.summaries(authors);
        for (Post post : found) {
            ShopRef shop = post.shopCode == null ? null : shopRefs.get(post.shopCode);
            PersonSummary author = names.get(post.authorSubject);
            documents.put(post.id, new PostDocument(post.id, !post.draft && post.deletedAt == null, post.kind,
                    post.status, post.title, post.bodyMarkdown, tags.getOrDefault(post.id, List.of()), post.shopCode,
                    shop == null ? null : shop.name(), author == null ? null : author.username(),
                    author == null ? null : author.displayName(), post.publishedAt, post.bravoCount));
        }
        return documents;
    }

    public List<Long> idsAfter(long afterId, int limit) {
        return posts.getEntityManager()
                .createQuery("select p.id from Post p where p.id > ?1 order by p.id", Long.class)
                .setParameter(1, afterId).setMaxResults(limit).getResultList();
    }
}
