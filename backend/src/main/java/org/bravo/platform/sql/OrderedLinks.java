package org.bravo.platform.sql;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Link tables that keep a list in order, by a {@code position} column: a post's or an entry's photos and films. */
public final class OrderedLinks {
    private OrderedLinks() {}

    /**
     * Replaces the owner's rows with {@code ids}, each at its position from 0: {@code delete} is run with the owner's
     * id, then {@code insert} with the owner's id, an id and its position. The statements are the owning module's own
     * literals, so that who writes which table stays readable in the module (TableOwnershipTest).
     */
    public static void rewrite(EntityManager em, String delete, String insert, long ownerId, List<?> ids) {
        em.createNativeQuery(delete).setParameter(1, ownerId).executeUpdate();
        for (int i = 0; i < ids.size(); i++) {
            em.createNativeQuery(insert)
                    .setParameter(1, ownerId)
                    .setParameter(2, ids.get(i))
                    .setParameter(3, i)
                    .executeUpdate();
        }
    }
}
