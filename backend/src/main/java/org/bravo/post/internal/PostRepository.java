package org.bravo.post.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PostRepository implements PanacheRepositoryBase<Post, Long> {

    /** Counters move by SQL, under the row lock, so concurrent bravos and comments never lose an update. */
    public void adjustBravoCount(long id, int delta) {
        getEntityManager().createNativeQuery("update post set bravo_count = bravo_count + ?1 where id = ?2")
                .setParameter(1, delta).setParameter(2, id).executeUpdate();
    }

    public void adjustCommentCount(long id, int delta) {
        getEntityManager().createNativeQuery("update post set comment_count = comment_count + ?1 where id = ?2")
                .setParameter(1, delta).setParameter(2, id).executeUpdate();
    }
}
