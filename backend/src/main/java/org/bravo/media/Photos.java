package org.bravo.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bravo.media.internal.PhotoLifecycle;
import org.bravo.media.internal.PhotoRepository;
import org.bravo.media.internal.PhotoViews;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;

/**
 * Photos as content features attach and show them. A feature tells media which photos each of its posts or entries
 * shows ({@link #show}) and when one is deleted ({@link #discardShownBy}): media keeps photos alive only while
 * something shows them, and serves them only while that content is visible.
 */
@ApplicationScoped
public class Photos {
    @Inject
    PhotoRepository photos;

    @Inject
    PhotoLifecycle lifecycle;

    @Inject
    PhotoViews views;

    /**
     * The photos a post or entry ({@code hostType} as in the content SPI: {@code post}, {@code entry}) shows now,
     * replacing what it showed before, in the caller's transaction. Photos it stops showing, and that nothing else
     * shows, are deleted by the clean-up after a while unless attached again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void show(Collection<UUID> ids, String hostType, long hostId) {
        lifecycle.show(ids, new PhotoLifecycle.Host(hostType, hostId));
    }

    /**
     * A post or entry was deleted (by its author, a moderator, or any other way): its photos are deleted with it, rows
     * in the caller's transaction and files once it commits, except those something else still shows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void discardShownBy(String hostType, long hostId) {
        lifecycle.discardShownBy(new PhotoLifecycle.Host(hostType, hostId));
    }

    /** Whether every id names a photo {@code subject} uploaded: nobody attaches someone else's photo. */
    public boolean allOwnedBy(Collection<UUID> ids, String subject) {
        if (ids.isEmpty()) {
            return true;
        }
        List<UUID> distinct = ids.stream().distinct().toList();
        return photos.count("id in ?1 and ownerSubject = ?2", distinct, subject) == distinct.size();
    }

    /**
     * Checks the photo ids a person attaches to content, reporting on the {@code photoIds} field: at most {@code max},
     * well-formed, and uploaded by {@code owner} unless already attached (a colleague's photo stays when an entry
     * or post is edited). Ownership costs a query, so it is checked only when everything reported so far is valid.
     * Returns the distinct ids, in order.
     */
    public List<UUID> checkAttachable(FieldErrors errors, List<String> raw, int max, Set<UUID> attached, String owner) {
        List<UUID> ids = errors.distinctIds("photoIds", raw, max, "photo");
        List<UUID> added = ids.stream().filter(id -> !attached.contains(id)).toList();
        if (errors.isEmpty() && !added.isEmpty() && !allOwnedBy(added, owner)) {
            errors.add("photoIds", FieldCode.UNKNOWN, "Unknown photo, or uploaded by someone else.");
        }
        return ids;
    }

    /**
     * Views in the order of {@code ids}; unknown ids are skipped. Callers describe only content their viewer may see,
     * so photos that colleagues cannot see (a draft's, a hidden post's shown to its author or a moderator) get
     * restricted URLs, which do not depend on the content's visibility; the others stop working once it is hidden.
     */
    public List<PhotoView> describe(List<UUID> ids) {
        return views.describe(ids);
    }

    /** A thumbnail's signed URL, for a card; as {@link #describe} signs it. */
    public String thumbnailUrl(UUID id) {
        return views.thumbnailUrl(id);
    }
}
