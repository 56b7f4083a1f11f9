package org.bravo.platform.sql;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Link tables that keep a list in order, by a {@code position} column: a post's or an entry's photos and films, its
 * tags. Written a whole list at a time and read for a whole page of owners at a time.
 */
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

    /**
     * The values linked to each of the owners {@code ids}, in the order {@code select} returns them: it selects (owner
     * id, value) for the owners bound as {@code :ids}. An owner with none is absent from the map. One query for a page
     * of owners, instead of one per owner.
     */
    @SuppressWarnings("unchecked")
    public static <V> Map<Long, List<V>> byOwner(EntityManager em, String select, Collection<Long> ids, Class<V> type) {
        Map<Long, List<V>> linked = new HashMap<>();
        if (ids.isEmpty()) {
            return linked;
        }
        List<Object[]> rows =
                em.createNativeQuery(select).setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            linked.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(type.cast(row[1]));
        }
        return linked;
    }

    /** The values linked to one owner: {@code select} selects one column for the owner's id, its only parameter. */
    @SuppressWarnings("unchecked")
    public static <V> List<V> ofOwner(EntityManager em, String select, long ownerId) {
        return em.createNativeQuery(select).setParameter(1, ownerId).getResultList();
    }
}
