package org.bravo.moderation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/** Opens, finds and closes review cases; one open case per piece of content. */
@ApplicationScoped
public class Cases {
    @Inject
    ModerationCaseRepository cases;

    @Inject
    Clock clock;

    /**
     * The content's open case, created if needed, locked until the transaction ends: concurrent reports of the same
     * content then count one after the other, so the threshold is crossed exactly once.
     */
    public ModerationCase openFor(String type, String id, String authorSubject) {
        cases.getEntityManager()
                .createNativeQuery("""
                        insert into moderation_case (content_type, content_id, author_subject, opened_at)
                        values (?1, ?2, ?3, ?4)
                        on conflict (content_type, content_id) where status = 'open' do nothing""")
                .setParameter(1, type)
                .setParameter(2, id)
                .setParameter(3, authorSubject)
                .setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate();
        return cases.find("contentType = ?1 and contentId = ?2 and status = ?3", type, id, ModerationCase.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    public Optional<ModerationCase> open(String type, String id) {
        return cases.find("contentType = ?1 and contentId = ?2 and status = ?3", type, id, ModerationCase.OPEN)
                .firstResultOptional();
    }

    public Optional<ModerationCase> lastClosed(String type, String id) {
        return cases.find(
                        "contentType = ?1 and contentId = ?2 and status = ?3 order by closedAt desc, id desc",
                        type,
                        id,
                        ModerationCase.CLOSED)
                .firstResultOptional();
    }

    /** Closes the case and its reports: their reporters see them reviewed. */
    public void close(ModerationCase openCase, String outcome, String actorSubject) {
        openCase.status = ModerationCase.CLOSED;
        openCase.closedAt = clock.instant();
        openCase.closedBy = actorSubject;
        openCase.outcome = outcome;
        cases.getEntityManager()
                .createNativeQuery("update report set open = false where case_id = ?1")
                .setParameter(1, openCase.id)
                .executeUpdate();
    }
}
