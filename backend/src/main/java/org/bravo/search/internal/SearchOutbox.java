package org.bravo.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.bravo.platform.content.ContentChanged;
import org.bravo.vote.BravoCountChanged;

/**
 * Records every change to indexed content in {@code search_outbox}, inside the transaction that makes the change:
 * the change and its note to the indexer commit together or not at all, whatever Elasticsearch is doing. After the
 * commit, the indexer is woken so a change is searchable within about a second.
 */
@ApplicationScoped
public class SearchOutbox {
    @Inject
    EntityManager em;

    @Inject
    SearchIndexer indexer;

    void onContentChanged(@Observes ContentChanged event) {
        // What lives under the content (comments, videos) shows its title and visibility: it follows.
        record(event.type(), event.id(), true);
    }

    void onBravos(@Observes BravoCountChanged event) {
        record(event.targetType(), String.valueOf(event.targetId()), false);
    }

    void afterContentCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged event) {
        indexer.wake();
    }

    void afterBravoCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) BravoCountChanged event) {
        indexer.wake();
    }

    /** Must run in the caller's transaction: that is the whole point. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, String id, boolean cascade) {
        em.createNativeQuery("insert into search_outbox (doc_type, doc_id, cascade) values (?1, ?2, ?3)")
                .setParameter(1, type)
                .setParameter(2, id)
                .setParameter(3, cascade)
                .executeUpdate();
    }
}
