package org.bravo.moderation;

import java.util.Map;

/**
 * One moderation or admin action for the audit log: who ({@code actorSubject}, null for Bravo itself), what
 * ({@code action}, e.g. {@code content.hide}), on which content or person, why, and the state before and after.
 */
public record AuditRecord(String actorSubject, String action, String contentType, String contentId,
                          String contentTitle, String personSubject, String reason, Map<String, Object> before,
                          Map<String, Object> after) {

    /** An action on something that is not content (a shop, a category, a setting): described by before/after. */
    public static AuditRecord admin(String actorSubject, String action, Map<String, Object> before,
                                    Map<String, Object> after) {
        return new AuditRecord(actorSubject, action, null, null, null, null, null, before, after);
    }
}
