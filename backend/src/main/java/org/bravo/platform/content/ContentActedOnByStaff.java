package org.bravo.platform.content;

import jakarta.enterprise.event.Event;
import java.util.Map;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.security.Viewer;

/**
 * A moderator or an admin edited or deleted someone else's content through its ordinary endpoint (not through the
 * review queue, whose actions moderation records itself). Fired in the writing transaction, so that the audit line
 * and the author's notification exist exactly when the change does: moderation writes the audit line, notifications
 * tell the author. Nothing is fired when authors change their own content.
 *
 * <p>{@code action} is {@link #EDIT} or {@link #DELETE}; {@code title} is the content's title as the author knew it
 * (before the edit); {@code pageType}/{@code pageId} is where it shows (itself for posts and entries, the commented
 * page for a comment); {@code reason} is the staff member's optional explanation; {@code before}/{@code after} is what
 * changed (title and body of an edit, the moderation state for a deletion).
 */
public record ContentActedOnByStaff(
        String contentType,
        String contentId,
        String title,
        String pageType,
        String pageId,
        String authorSubject,
        String actorSubject,
        boolean actorIsAdmin,
        String action,
        String reason,
        Map<String, Object> before,
        Map<String, Object> after) {
    public static final String EDIT = "edit";
    public static final String DELETE = "delete";
    /** As long as a moderator's reason in the review queue. */
    public static final int MAX_REASON = 2_000;

    /** Whether {@code actor} changing content written by {@code authorSubject} is staff acting on someone else's. */
    public static boolean isStaffActing(Viewer actor, String authorSubject) {
        return actor.canModerate() && !actor.is(authorSubject);
    }

    /** The optional reason given with an edit or a deletion: stripped, null when blank; too long adds an error. */
    public static String reason(FieldErrors errors, String raw) {
        String reason = raw == null || raw.isBlank() ? null : raw.strip();
        errors.maxLength("reason", reason, MAX_REASON);
        return reason;
    }

    /**
     * What staff acted on: the content ({@code type}, {@code id}), its title as the author knew it, where it shows
     * ({@code pageType}, {@code pageId}) and who wrote it. Each feature says it once; the deletion and the edit read it.
     */
    public record Target(String type, long id, String title, String pageType, long pageId, String authorSubject) {
        /** Content that is its own page: a post, a guestbook entry. */
        public static Target itself(String type, long id, String title, String authorSubject) {
            return new Target(type, id, title, type, id, authorSubject);
        }
    }

    /**
     * The ordinary delete of {@code target}, shared by every feature: the optional reason is checked first (422
     * before anything changes), then {@code delete} runs, then, when staff deleted someone else's content, its
     * deletion from {@code state} is fired in the same transaction.
     */
    public static void deleteNotingStaff(
            Viewer viewer,
            Target target,
            ModerationState state,
            String rawReason,
            Runnable delete,
            Event<ContentActedOnByStaff> events) {
        boolean byStaff = isStaffActing(viewer, target.authorSubject());
        FieldErrors errors = new FieldErrors();
        String reason = byStaff ? reason(errors, rawReason) : null;
        errors.throwIfAny();
        delete.run();
        if (byStaff) {
            events.fire(deleted(target, viewer, reason, state));
        }
    }

    /** A deletion, from {@code state} (visible, hidden…) to deleted. */
    public static ContentActedOnByStaff deleted(Target target, Viewer actor, String reason, ModerationState state) {
        return of(
                target,
                actor,
                DELETE,
                reason,
                Map.of("state", state.name().toLowerCase()),
                Map.of("state", ModerationState.DELETED.name().toLowerCase()));
    }

    /** An edit; {@code before} and {@code after} hold the fields as they were and as they are now. */
    public static ContentActedOnByStaff edited(
            Target target, Viewer actor, String reason, Map<String, Object> before, Map<String, Object> after) {
        return of(target, actor, EDIT, reason, before, after);
    }

    private static ContentActedOnByStaff of(
            Target target,
            Viewer actor,
            String action,
            String reason,
            Map<String, Object> before,
            Map<String, Object> after) {
        return new ContentActedOnByStaff(
                target.type(),
                String.valueOf(target.id()),
                target.title(),
                target.pageType(),
                String.valueOf(target.pageId()),
                target.authorSubject(),
                actor.subject(),
                actor.admin(),
                action,
                reason,
                before,
                after);
    }
}
