package org.bravo.post.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bravo.people.People;
import org.bravo.people.PersonSummary;
import org.bravo.platform.content.ContentTypes;
import org.bravo.platform.content.IndexedContent;
import org.bravo.platform.content.SearchSourceOfEntity;
import org.bravo.shop.ShopRef;
import org.bravo.shop.Shops;

/**
 * Posts as search reads them, a batch at a time: one query for the posts, one for their tags. Every employee sees
 * every published post, so "searchable" is "published and not deleted".
 */
@ApplicationScoped
public class PostSearchSource extends SearchSourceOfEntity<Post> {
    public static final String TYPE = ContentTypes.POST;

    @Inject
    PostRepository posts;

    @Inject
    People people;

    @Inject
    Shops shops;

    public PostSearchSource() {
        super(TYPE, Post.class, Post.visible("x"), null);
    }

    @Override
    protected Map<String, IndexedContent> documents(List<Post> found) {
        Map<String, IndexedContent> documents = new HashMap<>();
        Map<Long, List<String>> tags = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = posts.getEntityManager()
                .createNativeQuery("select post_id, tag from post_tag where post_id in (:ids) order by tag")
                .setParameter("ids", found.stream().map(p -> p.id).toList())
                .getResultList();
        for (Object[] row : rows) {
            tags.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add((String) row[1]);
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
            String id = String.valueOf(post.id);
            documents.put(
                    id,
                    new IndexedContent(
                            TYPE,
                            id,
                            !post.draft && shown(post),
                            post.kind,
                            post.status,
                            post.title,
                            text(post),
                            List.of(),
                            tags.getOrDefault(post.id, List.of()),
                            post.shopCode,
                            shop == null ? null : shop.name(),
                            author == null ? null : author.username(),
                            author == null ? null : author.displayName(),
                            post.publishedAt,
                            post.bravoCount,
                            null,
                            null,
                            null));
        }
        return documents;
    }
}
