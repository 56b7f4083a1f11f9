package org.bravo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.bravo.moderation.internal.AuditEvent;
import org.bravo.moderation.internal.AuditEventRepository;

/**
 * The audit log, append-only: every moderation and admin action is written here, in the transaction of the action
 * itself, so the log holds exactly what happened.
 */
@ApplicationScoped
public class AuditLog {
    private final AuditEventRepository events;
    private final Clock clock;

    @Inject
    public AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
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
