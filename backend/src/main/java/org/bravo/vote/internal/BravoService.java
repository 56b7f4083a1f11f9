package org.bravo.vote.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bravo.people.People;
import org.bravo.people.PersonRef;
import org.bravo.people.PersonSummary;
import org.bravo.platform.content.ContentRef;
import org.bravo.platform.content.ContentTargets;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.security.Viewer;
import org.bravo.platform.time.SqlValues;
import org.bravo.vote.BravoCountChanged;
import org.bravo.vote.BravoGiven;
import org.bravo.vote.BravoGiver;
import org.bravo.vote.BravoStatus;

/**
 * Giving and taking back bravos. The row's primary key decides who already gave one; the counter on the content moves
 * only when a row was really inserted or deleted, so double clicks and concurrent clicks count exactly.
 */
@ApplicationScoped
public class BravoService {
    @Inject
    BravoRepository bravos;

    @Inject
    ContentTargets targets;

    @Inject
    People people;

    @Inject
    Event<BravoGiven> given;

    @Inject
    Event<BravoCountChanged> countChanged;

    @Inject
    Clock clock;

    @Transactional
    public BravoStatus give(String type, long id, Viewer viewer) {
        ContentRef target = targets.require(type, id, viewer);
        target.requireOpenToReactions();
        if (viewer.is(target.authorSubject())) {
            throw ApiException.forbidden(ErrorCode.OWN_CONTENT, "You cannot give a bravo to your own content.");
        }
        PersonRef me = people.current();
        Instant now = clock.instant();
        int inserted = bravos.getEntityManager()
                .createNativeQuery(
                        "insert into bravo (target_type, target_id, giver_subject, receiver_subject, given_at)"
                                + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, type)
                .setParameter(2, id)
                .setParameter(3, me.subject())
                .setParameter(4, target.authorSubject())
                .setParameter(5, Timestamp.from(now))
                .executeUpdate();
        if (inserted == 1) {
            targets.resolver(type).adjustBravoCount(id, 1);
            given.fire(new BravoGiven(type, id, me.subject(), now));
            countChanged.fire(new BravoCountChanged(type, id, 1));
        }
        return status(type, id, me.subject());
    }

    @Transactional
    public BravoStatus takeBack(String type, long id, Viewer viewer) {
        targets.require(type, id, viewer);
        int deleted = bravos.getEntityManager()
                .createNativeQuery("delete from bravo where target_type = ?1 and target_id = ?2 and giver_subject = ?3")
                .setParameter(1, type)
                .setParameter(2, id)
                .setParameter(3, viewer.subject())
                .executeUpdate();
        if (deleted == 1) {
            targets.resolver(type).adjustBravoCount(id, -1);
            countChanged.fire(new BravoCountChanged(type, id, -1));
        }
        return status(type, id, viewer.subject());
    }

    @SuppressWarnings("unchecked")
    public List<BravoGiver> givers(String type, long id, Viewer viewer) {
        targets.require(type, id, viewer);
        List<Object[]> rows = bravos.getEntityManager()
                .createNativeQuery("select giver_subject, given_at from bravo where target_type = ?1 and target_id = ?2"
                        + " order by given_at desc")
                .setParameter(1, type)
                .setParameter(2, id)
                .getResultList();
        // Who they are comes from the people module, which owns it; a giver it does not know is left out as before.
        Map<String, PersonSummary> who =
                people.summaries(rows.stream().map(r -> (String) r[0]).toList());
        return rows.stream()
                .filter(r -> who.containsKey((String) r[0]))
                .map(r -> {
                    PersonSummary giver = who.get((String) r[0]);
                    return new BravoGiver(giver.username(), giver.displayName(), giver.shop(), SqlValues.instant(r[1]));
                })
                .toList();
    }

    /** The count and whether the caller is in it, in one statement. */
    private BravoStatus status(String type, long id, String subject) {
        Object[] row = (Object[]) bravos.getEntityManager()
                .createNativeQuery("select count(*), coalesce(bool_or(giver_subject = ?3), false) from bravo"
                        + " where target_type = ?1 and target_id = ?2")
                .setParameter(1, type)
                .setParameter(2, id)
                .setParameter(3, subject)
                .getSingleResult();
        return new BravoStatus(((Number) row[0]).longValue(), Boolean.TRUE.equals(row[1]));
    }
}
