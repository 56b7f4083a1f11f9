package org.bravo.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bravo.vote.internal.BravoRepository;

/** Bravo figures for other features' views. */
@ApplicationScoped
public class Bravos {
    private final BravoRepository bravos;

    @Inject
    public Bravos(BravoRepository bravos) {
        this.bravos = bravos;
    }

    /** Which of {@code ids} (of one content type) {@code subject} gave a bravo to: one query per page. */
    @SuppressWarnings("unchecked")
    public Set<Long> givenBy(String subject, String targetType, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Number> rows = bravos.getEntityManager().createNativeQuery(
                        "select target_id from bravo where giver_subject = :giver and target_type = :type"
                                + " and target_id in (:ids)")
                .setParameter("giver", subject).setParameter("type", targetType).setParameter("ids", ids)
                .getResultList();
        Set<Long> result = new HashSet<>();
        rows.forEach(n -> result.add(n.longValue()));
        return result;
    }

    public long receivedBy(String subject) {
        return bravos.count("receiverSubject", subject);
    }
}
