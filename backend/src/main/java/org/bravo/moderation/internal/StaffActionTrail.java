package org.bravo.moderation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bravo.moderation.AuditLog;
import org.bravo.moderation.AuditRecord;
import org.bravo.platform.content.ContentActedOnByStaff;

/**
 * Moderators and admins may edit or delete anyone's content from its own page, not only from the review queue: those
 * changes go to the same audit log as the queue's actions ({@code content.edit}, {@code content.delete}), written in
 * the change's transaction so the log holds exactly what happened.
 */
@ApplicationScoped
public class StaffActionTrail {
    @Inject
    AuditLog audit;

    void onStaffAction(@Observes ContentActedOnByStaff action) {
        audit.record(AuditRecord.by(action.actorSubject(), "content." + action.action())
                .content(action.contentType(), action.contentId(), action.title())
                .person(action.authorSubject())
                .reason(action.reason())
                .change(action.before(), action.after()));
    }
}
