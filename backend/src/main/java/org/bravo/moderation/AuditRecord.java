package org.bravo.moderation;

import java.util.Map;

/**
 * One moderation or admin action for the audit log: who ({@code actorSubject}, null for Bravo itself), what
 * ({@code action}, e.g. {@code content.hide}), on which content or person, why, and the state before and after.
 */
public record AuditRecord(
        String actorSubject,
        String action,
        String contentType,
        String contentId,
        String contentTitle,
        String personSubject,
        String reason,
        Map<String, Object> before,
        Map<String, Object> after) {

    /**
     * The start of a line: who ({@code null} for Bravo itself) did what. The other parts are added by name
     * ({@code .content(…).person(…).reason(…).change(…)}), where nine positional arguments, most of them null, were
     * easy to swap unnoticed.
     */
    public static AuditRecord by(String actorSubject, String action) {
        return new AuditRecord(actorSubject, action, null, null, null, null, null, null, null);
    }

    /** An action on something that is not content (a shop, a category, a setting): described by before/after. */
    public static AuditRecord admin(
            String actorSubject, String action, Map<String, Object> before, Map<String, Object> after) {
        return by(actorSubject, action).change(before, after);
    }

    /** The content acted on, with its title as it was (the log outlives the content). */
    public AuditRecord content(String type, String id, String title) {
        return new AuditRecord(actorSubject, action, type, id, title, personSubject, reason, before, after);
    }

    /** The person concerned: the content's author, or the person acted on. */
    public AuditRecord person(String subject) {
        return new AuditRecord(
                actorSubject, action, contentType, contentId, contentTitle, subject, reason, before, after);
    }

    public AuditRecord reason(String why) {
        return new AuditRecord(
                actorSubject, action, contentType, contentId, contentTitle, personSubject, why, before, after);
    }

    /** The state before and after (null when the thing did not, or no longer, exist). */
    public AuditRecord change(Map<String, Object> stateBefore, Map<String, Object> stateAfter) {
        return new AuditRecord(
                actorSubject,
                action,
                contentType,
                contentId,
                contentTitle,
                personSubject,
                reason,
                stateBefore,
                stateAfter);
    }
}
