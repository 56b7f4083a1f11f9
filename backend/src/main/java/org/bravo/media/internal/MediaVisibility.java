package org.bravo.media.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.bravo.platform.content.ModeratedContents;
import org.bravo.platform.security.Viewer;

/**
 * Whether content that shows media is visible to colleagues in general, asked through the content SPI: media never
 * reads other features' tables. Signed media URLs carry no token, so a URL made for colleagues works only while this
 * holds: a hidden, held, deleted or draft post, entry, comment or video stops its media at once.
 */
@ApplicationScoped
public class MediaVisibility {
    /** A colleague who is neither the author of anything nor a moderator: what everyone may see. */
    static final Viewer ANY_COLLEAGUE = new Viewer("", false, false);

    private final Instance<ModeratedContents> contents;

    @Inject
    public MediaVisibility(Instance<ModeratedContents> contents) {
        // Looked up lazily: the content features use media while they start.
        this.contents = contents;
    }

    /** Whether every colleague may see this content now; unknown types and ids are not visible. */
    public boolean toColleagues(String type, String id) {
        return contents.get()
                .find(type)
                .map(content -> content.visibleTo(id, ANY_COLLEAGUE))
                .orElse(false);
    }
}
