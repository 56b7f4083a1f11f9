package org.bravo.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bravo.post.internal.Post;
import org.bravo.post.internal.PostRepository;
import org.bravo.post.internal.PostService;

/** Post figures other features show (shop directory, profiles). */
@ApplicationScoped
public class Posts {
    private final PostRepository posts;
    private final PostService service;

    @Inject
    public Posts(PostRepository posts, PostService service) {
        this.posts = posts;
        this.service = service;
    }

    /** Publishes a practice made from a guestbook entry; 422 when the title, tags or category are not valid. */
    public long promote(PromotedPractice practice) {
        return service.promote(practice).id;
    }

    /** The live posts promoted from these guestbook entries, by entry id. */
    public Map<Long, PostLink> promotedFrom(Collection<Long> entryIds) {
        Map<Long, PostLink> links = new HashMap<>();
        if (entryIds.isEmpty()) {
            return links;
        }
        for (Post post : posts.list("sourceEntryId in ?1 and deletedAt is null", List.copyOf(entryIds))) {
            links.put(post.sourceEntryId, new PostLink(post.id, post.title));
        }
        return links;
    }

    public Map<String, Long> countPublishedByShop() {
        Map<String, Long> counts = new HashMap<>();
        List<Object[]> rows = posts.getEntityManager().createQuery(
                "select p.shopCode, count(p) from Post p where p.deletedAt is null and p.draft = false and p.moderation.hiddenAt is null"
                        + " and p.shopCode is not null group by p.shopCode", Object[].class).getResultList();
        for (Object[] row : rows) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    public long countPublishedBy(String authorSubject) {
        return posts.count("authorSubject = ?1 and deletedAt is null and draft = false and moderation.hiddenAt is null", authorSubject);
    }
}
