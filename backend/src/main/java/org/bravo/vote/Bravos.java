package org.bravo.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import org.bravo.vote.internal.BravoRepository;

/** Bravo figures for other features' views. */
@ApplicationScoped
public class Bravos {
    @Inject
    BravoRepository bravos;

    /** Which of {@code ids} (of one content type) {@code subject} gave a bravo to: one query per page. */
    public Set<Long> givenBy(String subject, String targetType, Collection<Long> ids) {
        return bravos.givenBy(subject, targetType, ids);
    }

    public long receivedBy(String subject) {
        return bravos.count("receiverSubject", subject);
    }
}
