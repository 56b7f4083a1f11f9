package org.bravo.vote.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class BravoRepository implements PanacheRepositoryBase<Bravo, Bravo.Key> {

    /** Which of {@code ids} (of one content type) {@code subject} gave a bravo to: one query per page. */
    @SuppressWarnings("unchecked")
    public Set<Long> givenBy(String subject, String targetType, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Number> rows = getEntityManager()
                .createNativeQuery("select target_id from bravo where giver_subject = :giver and target_type = :type"
                        + " and target_id in (:ids)")
                .setParameter("giver", subject)
                .setParameter("type", targetType)
                .setParameter("ids", ids)
                .getResultList();
        Set<Long> result = new HashSet<>();
        rows.forEach(n -> result.add(n.longValue()));
        return result;
    }
}
