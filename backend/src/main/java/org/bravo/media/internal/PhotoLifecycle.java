package org.bravo.media.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Where photos show, and their end: a photo lives while a post or entry shows it, is deleted with the last content
 * that shows it, and is deleted by the clean-up once it has shown nowhere for a while. Rows go in the caller's
 * transaction; the store's objects once it commits (if the store is down then, the reconciliation removes them later:
 * no row references them any more).
 */
@ApplicationScoped
public class PhotoLifecycle {
    @Inject
    EntityManager em;

    @Inject
    VideoObjects objects;

    @Inject
    AfterCommit afterCommit;

    @Inject
    MediaVisibility visibility;

    @Inject
    Clock clock;

    /** What shows a photo: a post or a guestbook entry. */
    public record Host(String type, long id) {}

    /**
     * Records that {@code host} now shows exactly {@code ids}: photos it no longer shows, and that nothing else shows,
     * become unattached from now on. Ids naming no photo are ignored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void show(Collection<UUID> ids, Host host) {
        List<UUID> wanted = List.copyOf(new HashSet<>(ids));
        List<UUID> before = shownBy(host);
        List<UUID> dropped = before.stream().filter(id -> !wanted.contains(id)).toList();
        if (!dropped.isEmpty()) {
            em.createNativeQuery("delete from photo_attachment where host_type = :type and host_id = :id "
                            + "and photo_id in (:ids)")
                    .setParameter("type", host.type())
                    .setParameter("id", host.id())
                    .setParameter("ids", dropped)
                    .executeUpdate();
            markUnattached(dropped);
        }
        if (!wanted.isEmpty()) {
            em.createNativeQuery("""
                    insert into photo_attachment (photo_id, host_type, host_id)
                    select id, :type, :id from photo where id in (:ids)
                    on conflict do nothing""")
                    .setParameter("type", host.type())
                    .setParameter("id", host.id())
                    .setParameter("ids", wanted)
                    .executeUpdate();
            em.createNativeQuery("update photo set unattached_since = null where id in (:ids)")
                    .setParameter("ids", wanted)
                    .executeUpdate();
        }
    }

    /**
     * The host was deleted: its photos are deleted, except those something else still shows (a guestbook entry's
     * photos shown by the practice promoted from it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void discardShownBy(Host host) {
        List<UUID> ids = shownBy(host);
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("delete from photo_attachment where host_type = :type and host_id = :id")
                .setParameter("type", host.type())
                .setParameter("id", host.id())
                .executeUpdate();
        delete("""
                delete from photo where id in (:ids)
                    and not exists (select 1 from photo_attachment a where a.photo_id = photo.id)
                returning id, object_key, thumbnail_key""", Map.of("ids", ids));
    }

    /** Deletes photos unattached since before {@code before}; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteUnattachedSince(Instant before) {
        // Rechecked in the statement itself: a photo attached meanwhile has lost its unattached_since.
        return delete("""
                delete from photo where unattached_since < :before
                    and not exists (select 1 from photo_attachment a where a.photo_id = photo.id)
                returning id, object_key, thumbnail_key""", Map.of("before", Timestamp.from(before)));
    }

    /** Which of these photos some colleague-visible content shows; unattached photos are not among them. */
    public Set<UUID> visibleToColleagues(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select photo_id, host_type, host_id from photo_attachment where photo_id in (:ids)")
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
        Map<Host, Boolean> hosts = new HashMap<>();
        Set<UUID> visible = new HashSet<>();
        for (Object[] row : rows) {
            Host host = new Host((String) row[1], ((Number) row[2]).longValue());
            if (hosts.computeIfAbsent(host, h -> visibility.toColleagues(h.type(), String.valueOf(h.id())))) {
                visible.add((UUID) row[0]);
            }
        }
        return visible;
    }

    @SuppressWarnings("unchecked")
    private List<UUID> shownBy(Host host) {
        return new ArrayList<>(
                em.createNativeQuery("select photo_id from photo_attachment where host_type = :type and host_id = :id")
                        .setParameter("type", host.type())
                        .setParameter("id", host.id())
                        .getResultList());
    }

    private void markUnattached(List<UUID> ids) {
        em.createNativeQuery("""
                update photo set unattached_since = :now where id in (:ids)
                    and not exists (select 1 from photo_attachment a where a.photo_id = photo.id)""")
                .setParameter("now", Timestamp.from(clock.instant()))
                .setParameter("ids", ids)
                .executeUpdate();
    }

    private int delete(String sql, Map<String, Object> parameters) {
        var query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> deleted = query.getResultList();
        if (deleted.isEmpty()) {
            return 0;
        }
        List<String> keys = new ArrayList<>();
        for (Object[] row : deleted) {
            keys.add((String) row[1]);
            keys.add((String) row[2]);
        }
        afterCommit.run(() -> objects.deleteEach(keys));
        return deleted.size();
    }
}
