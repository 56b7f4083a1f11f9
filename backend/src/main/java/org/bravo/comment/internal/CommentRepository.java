package org.bravo.comment.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CommentRepository implements PanacheRepositoryBase<Comment, Long> {
    public void adjustBravoCount(long id, int delta) {
        getEntityManager()
                .createNativeQuery("update comment set bravo_count = bravo_count + ?1 where id = ?2")
                .setParameter(1, delta)
                .setParameter(2, id)
                .executeUpdate();
    }
}
