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
import org.bravo.shop.PublishedPostCounts;

/** Post figures other features show (shop directory, profiles). */
@ApplicationScoped
public class Posts implements PublishedPostCounts {
    @Inject
    PostRepository posts;

    @Inject
    PostService service;

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

    @Override
    public Map<String, Long> countPublishedByShop() {
        return posts.countPublishedByShop();
    }

    public long countPublishedBy(String authorSubject) {
        return posts.count("authorSubject = ?1 and " + Post.visible(""), authorSubject);
    }
}
