package org.bravo.post.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class PostRepository implements PanacheRepositoryBase<Post, Long> {

    /** Counters move by SQL, under the row lock, so concurrent bravos and comments never lose an update. */
    public void adjustBravoCount(long id, int delta) {
        getEntityManager()
                .createNativeQuery("update post set bravo_count = bravo_count + ?1 where id = ?2")
                .setParameter(1, delta)
                .setParameter(2, id)
                .executeUpdate();
    }

    public void adjustCommentCount(long id, int delta) {
        getEntityManager()
                .createNativeQuery("update post set comment_count = comment_count + ?1 where id = ?2")
                .setParameter(1, delta)
                .setParameter(2, id)
                .executeUpdate();
    }

    /** Published, visible posts by shop code, for the shop directory. */
    public Map<String, Long> countPublishedByShop() {
        Map<String, Long> counts = new HashMap<>();
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select p.shopCode, count(p) from Post p where " + Post.visible("p")
                                + " and p.shopCode is not null group by p.shopCode",
                        Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }
}
