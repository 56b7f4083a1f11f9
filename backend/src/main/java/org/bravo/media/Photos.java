package org.bravo.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bravo.media.internal.Photo;
import org.bravo.media.internal.PhotoRepository;
import org.bravo.media.internal.UrlSigner;
import org.bravo.platform.error.FieldErrors;

/** Photos as content features attach and show them. */
@ApplicationScoped
public class Photos {
    private static final String BASE = "/api/v1/media/photos/";

    private final PhotoRepository photos;
    private final UrlSigner signer;

    @Inject
    public Photos(PhotoRepository photos, UrlSigner signer) {
        this.photos = photos;
        this.signer = signer;
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
    public List<UUID> checkAttachable(FieldErrors errors, List<String> raw, int max, Set<UUID> attached,
                                      String owner) {
        List<UUID> ids = errors.distinctIds("photoIds", raw, max, "photo");
        List<UUID> added = ids.stream().filter(id -> !attached.contains(id)).toList();
        if (errors.isEmpty() && !added.isEmpty() && !allOwnedBy(added, owner)) {
            errors.add("photoIds", FieldErrors.UNKNOWN, "Unknown photo, or uploaded by someone else.");
        }
        return ids;
    }

    /** Views in the order of {@code ids}; unknown ids are skipped. */
    public List<PhotoView> describe(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Photo> byId = new HashMap<>();
        for (Photo photo : photos.list("id in ?1", ids)) {
            byId.put(photo.id, photo);
        }
        return ids.stream().filter(byId::containsKey).map(id -> view(byId.get(id))).toList();
    }

    public String thumbnailUrl(UUID id) {
        return signer.sign(BASE + id + "/thumbnail");
    }

    public PhotoView view(Photo photo) {
        return new PhotoView(photo.id.toString(), signer.sign(BASE + photo.id), thumbnailUrl(photo.id), photo.width,
                photo.height);
    }
}
