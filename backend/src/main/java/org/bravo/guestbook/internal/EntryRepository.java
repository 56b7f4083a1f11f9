package org.bravo.guestbook.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;

@ApplicationScoped
public class EntryRepository implements PanacheRepositoryBase<Entry, Long> {

    /** Counters move by SQL, under the row lock, so concurrent bravos and comments never lose an update. */
    public void adjustBravoCount(long id, int delta) {
        getEntityManager()
                .createNativeQuery("update guestbook_entry set bravo_count = bravo_count + ?1 where id = ?2")
                .setParameter(1, delta)
                .setParameter(2, id)
                .executeUpdate();
    }

    public void adjustCommentCount(long id, int delta) {
        getEntityManager()
                .createNativeQuery("update guestbook_entry set comment_count = comment_count + ?1 where id = ?2")
                .setParameter(1, delta)
                .setParameter(2, id)
                .executeUpdate();
    }

    public void touch(long id, Instant at) {
        getEntityManager()
                .createNativeQuery("update guestbook_entry set last_activity_at = greatest(last_activity_at, ?1)"
                        + " where id = ?2")
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, id)
                .executeUpdate();
    }
}
