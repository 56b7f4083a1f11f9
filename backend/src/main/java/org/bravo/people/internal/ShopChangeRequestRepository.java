package org.bravo.people.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.bravo.people.ShopChange;

@ApplicationScoped
public class ShopChangeRequestRepository implements PanacheRepositoryBase<ShopChangeRequest, Long> {

    /**
     * The request read again under a row lock, for a decision: a direct move may have settled it since the caller's
     * transaction first read it, or the person withdrawn it. Empty when it is gone.
     */
    public Optional<ShopChangeRequest> lockForDecision(ShopChangeRequest request) {
        try {
            getEntityManager().refresh(request, LockModeType.PESSIMISTIC_WRITE);
            return Optional.of(request);
        } catch (EntityNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The person's pending request, if any, locked like a decision's so a racing decision finds it settled. */
    public Optional<ShopChangeRequest> lockPending(String subject) {
        return find("personSubject = ?1 and status = ?2", subject, ShopChange.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
