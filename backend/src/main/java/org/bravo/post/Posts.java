package org.bravo.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bravo.post.internal.PostRepository;

/** Post figures other features show (shop directory, profiles). */
@ApplicationScoped
public class Posts {
    private final PostRepository posts;

    @Inject
    public Posts(PostRepository posts) {
        this.posts = posts;
    }

    public Map<String, Long> countPublishedByShop() {
        Map<String, Long> counts = new HashMap<>();
        List<Object[]> rows = posts.getEntityManager().createQuery(
                "select p.shopCode, count(p) from Post p where p.deletedAt is null and p.draft = false"
                        + " and p.shopCode is not null group by p.shopCode", Object[].class).getResultList();
        for (Object[] row : rows) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    public long countPublishedBy(String authorSubject) {
        return posts.count("authorSubject = ?1 and deletedAt is null and draft = false", authorSubject);
    }
}
