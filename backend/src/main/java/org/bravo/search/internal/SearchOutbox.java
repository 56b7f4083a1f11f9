package org.bravo.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.bravo.post.PostChanged;
import org.bravo.vote.BravoCountChanged;

/**
 * Records every change to indexed content in {@code search_outbox}, inside the transaction that makes the change:
 * the change and its note to the indexer commit together or not at all, whatever Elasticsearch is doing. After the
 * commit, the indexer is woken so a change is searchable within about a second.
 */
@ApplicationScoped
public class SearchOutbox {
    public static final String POST = "post";

    private final EntityManager em;
    private final SearchIndexer indexer;

    @Inject
    public SearchOutbox(EntityManager em, SearchIndexer indexer) {
        this.em = em;
        this.indexer = indexer;
    }

    void onPostChanged(@Observes PostChanged event) {
        record(POST, String.valueOf(event.postId()));
    }

    void onBravos(@Observes BravoCountChanged event) {
        if (POST.equals(event.targetType())) {
            record(POST, String.valueOf(event.targetId()));
        }
    }

    void afterPostCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostChanged event) {
        indexer.wake();
    }

    void afterBravoCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) BravoCountChanged event) {
        indexer.wake();
    }

    /** Must run in the caller's transaction: that is the whole point. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, String id) {
        em.createNativeQuery("insert into search_outbox (doc_type, doc_id) values (?1, ?2)")
                .setParameter(1, type).setParameter(2, id).executeUpdate();
    }
}
