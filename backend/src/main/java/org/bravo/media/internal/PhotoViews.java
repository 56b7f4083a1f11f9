package org.bravo.media.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bravo.media.PhotoView;
import org.bravo.media.internal.UrlSigner.Audience;

/** Photos as the API shows them: signed same-origin URLs for the picture and its thumbnail. */
@ApplicationScoped
public class PhotoViews {
    private static final String BASE = "/api/v1/media/photos/";

    @Inject
    PhotoRepository photos;

    @Inject
    UrlSigner signer;

    @Inject
    PhotoLifecycle lifecycle;

    @Inject
    PhotoConfig config;

    /** See {@code Photos.describe}. */
    public List<PhotoView> describe(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Photo> byId = new HashMap<>();
        for (Photo photo : photos.list("id in ?1", ids)) {
            byId.put(photo.id, photo);
        }
        Set<UUID> shownToAll = lifecycle.visibleToColleagues(byId.keySet());
        return ids.stream()
                .filter(byId::containsKey)
                .map(id -> view(byId.get(id), shownToAll.contains(id) ? Audience.COLLEAGUES : Audience.RESTRICTED))
                .toList();
    }

    /** A thumbnail's signed URL, for a card; as {@link #describe} signs it. */
    public String thumbnailUrl(UUID id) {
        return thumbnailUrl(
                id, lifecycle.visibleToColleagues(List.of(id)).isEmpty() ? Audience.RESTRICTED : Audience.COLLEAGUES);
    }

    /** A photo as its uploader sees it right after the upload: shown nowhere yet, so for them only. */
    public PhotoView uploaded(Photo photo) {
        return view(photo, Audience.RESTRICTED);
    }

    private String thumbnailUrl(UUID id, Audience audience) {
        return signer.sign(BASE + id + "/thumbnail", audience, config.urlLifetime());
    }

    private PhotoView view(Photo photo, Audience audience) {
        return new PhotoView(
                photo.id.toString(),
                signer.sign(BASE + photo.id, audience, config.urlLifetime()),
                thumbnailUrl(photo.id, audience),
                photo.width,
                photo.height);
    }
}
