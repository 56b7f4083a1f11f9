package org.bravo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bravo.moderation.internal.ModerationService;
import org.bravo.platform.security.Viewer;

/**
 * Moderators' actions for features that offer them on their own pages (hiding a guestbook entry from its page): the
 * same action as from the review queue, so it is audited, closes the reports and tells the author.
 */
@ApplicationScoped
public class Moderation {
    @Inject
    ModerationService service;

    /** Runs {@code action} (hide, restore, …) with {@code reason}; the caller has checked the actor's right. */
    public void act(String type, String id, String action, String reason, Viewer actor) {
        service.act(type, id, new ModerationActionRequest(action, reason), actor);
    }
}
