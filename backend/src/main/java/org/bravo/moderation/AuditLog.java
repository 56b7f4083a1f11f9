package org.bravo.moderation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.bravo.moderation.internal.AuditEvent;
import org.bravo.moderation.internal.AuditEventRepository;
import org.bravo.people.People;

/**
 * The audit log, append-only: every moderation and admin action is written here, in the transaction of the action
 * itself, so the log holds exactly what happened.
 */
@ApplicationScoped
public class AuditLog {
    @Inject
    AuditEventRepository events;

    @Inject
    Clock clock;

    @Inject
    People people;

    @Inject
    ObjectMapper json;

    /**
     * An admin's action on something that is not content (a shop, a category, a setting), by the caller; {@code before}
     * and {@code after} are the API views of the thing (null when it did not or no longer exists).
     */
    @Transactional
    public void adminAction(String action, Object before, Object after) {
        record(AuditRecord.admin(people.current().subject(), action, snapshot(before), snapshot(after)));
    }

    /** An admin or moderator action on content from its own page (a status, a pin), by the caller. */
    @Transactional
    public void contentAction(
            String action,
            String type,
            long id,
            String title,
            String authorSubject,
            String reason,
            Map<String, Object> before,
            Map<String, Object> after) {
        record(AuditRecord.by(people.current().subject(), action)
                .content(type, String.valueOf(id), title)
                .person(authorSubject)
                .reason(reason)
                .change(before, after));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> snapshot(Object view) {
        if (view == null) {
            return null;
        }
        return view instanceof Map<?, ?> map ? (Map<String, Object>) map : json.convertValue(view, Map.class);
    }

    /** Joins the action's transaction, so the line commits (or not) with the action itself. */
    @Transactional
    public void record(AuditRecord record) {
        AuditEvent event = new AuditEvent();
        event.at = clock.instant();
        event.actorSubject = record.actorSubject();
        event.action = record.action();
        event.contentType = record.contentType();
        event.contentId = record.contentId();
        event.contentTitle = record.contentTitle();
        event.personSubject = record.personSubject();
        event.reason = record.reason();
        event.before = record.before();
        event.after = record.after();
        events.persist(event);
    }
}
