package org.bravo.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.bravo.platform.content.IndexedContent;
import org.bravo.platform.content.SearchSource;
import org.bravo.platform.content.SearchSources;
import org.jboss.logging.Logger;

/**
 * Sends the changes noted in {@code search_outbox} to Elasticsearch in bulk. Each document is re-read from the
 * database, so the index shows its current state, and is written with an external version drawn when the batch
 * starts, so an older state never overwrites a newer one. Rows are deleted in the same transaction once
 * Elasticsearch has accepted them; if it is away the transaction rolls back, nothing is lost, and the indexer tries
 * again with a growing delay.
 *
 * <p>The version is not the outbox row's id: ids are handed out when a change is noted, not when it commits, so a
 * slow transaction's note can carry a lower id than a newer note already indexed, and its change would be refused as
 * older. Instead batches run one at a time across backends (a PostgreSQL advisory lock) and each draws its version
 * from the outbox sequence before reading the documents: a later batch reads a later state and writes a higher
 * version. The sequence is the one whose ids were the versions before, so versions already in the index stay lower.
 */
@ApplicationScoped
public class SearchIndexer {
    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchIndex index;

    @Inject
    SearchSources sources;

    @Inject
    SearchConfig config;

    @Inject
    Clock clock;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private volatile boolean indexReady;
    private Thread thread;

    void onStart(@Observes StartupEvent event) {
        if (!config.indexingEnabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "search-indexer");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** A change was committed: index it now rather than at the next poll. */
    public void wake() {
        wakeUps.release();
    }

    private void loop() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                if (!backoff.isZero()) {
                    sleep(backoff);
                }
                while (running && drainOnce() > 0) {
                    // keep going while rows are due
                }
                backoff = Duration.ZERO;
                wakeUps.tryAcquire(config.pollEvery().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                backoff = backoff.isZero() ? Duration.ofSeconds(1) : backoff.multipliedBy(2);
                if (backoff.compareTo(MAX_BACKOFF) > 0) {
                    backoff = MAX_BACKOFF;
                }
                LOG.warnf("Search indexing paused for %d s: %s", backoff.toSeconds(), rootMessage(e));
            }
        }
    }

    /** Indexes one batch of due changes; returns how many outbox rows it handled (0 when none were due). */
    public int drainOnce() {
        return QuarkusTransaction.requiringNew().timeout(120).call(this::drainInTransaction);
    }

    private record Row(long id, String type, String docId, boolean cascade) {
        String key() {
            return SearchDocument.key(type, docId);
        }
    }

    private int drainInTransaction() throws Exception {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('bravo.search-indexer'))")
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> raw = em.createNativeQuery("""
                select id, doc_type, doc_id, cascade from search_outbox where run_after <= ?1
                order by id limit ?2 for update skip locked""")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, config.indexBatch())
                .getResultList();
        if (raw.isEmpty()) {
            return 0;
        }
        if (!indexReady) {
            index.ensure();
            indexReady = true;
        }
        List<Row> rows = raw.stream()
                .map(r -> new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (Boolean) r[3]))
                .toList();
        // One write per document, whatever the number of its notes: it reads the current state.
        Map<String, Row> latest = new LinkedHashMap<>();
        for (Row row : rows) {
            latest.merge(row.key(), row, (a, b) -> a.id() > b.id() ? a : b);
        }
        // Drawn under the lock and before reading: every batch after this one reads a later state, with a higher
        // version.
        long version = ((Number) em.createNativeQuery("select nextval(pg_get_serial_sequence('search_outbox', 'id'))")
                        .getSingleResult())
                .longValue();
        Map<String, IndexedContent> documents = load(latest.values());
        List<BulkOperation> operations = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        // While a reindex fills a new index, every change goes there too: the swap then loses nothing.
        List<String> targets = new ArrayList<>(List.of(index.alias()));
        index.building().ifPresent(targets::add);
        for (String target : targets) {
            addOperations(target, version, latest.values(), documents, operations, keys);
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));

        Map<String, String> failed = new HashMap<>();
        for (int i = 0; i < response.items().size(); i++) {
            BulkResponseItem item = response.items().get(i);
            // 409: the index already holds a newer state; 404: deleting what was never indexed. Both are done.
            if (item.error() != null && item.status() != 409 && item.status() != 404) {
                failed.put(
                        keys.get(i), item.error().type() + ": " + item.error().reason());
            }
        }
        List<Long> done = new ArrayList<>();
        for (Row row : rows) {
            String error = failed.get(row.key());
            if (error == null) {
                done.add(row.id());
            } else {
                em.createNativeQuery("""
                        update search_outbox set attempts = attempts + 1, last_error = ?1,
                        run_after = ?2 where id = ?3""")
                        .setParameter(1, error)
                        .setParameter(2, Timestamp.from(clock.instant().plusSeconds(30)))
                        .setParameter(3, row.id())
                        .executeUpdate();
                LOG.warnf("Search could not index %s: %s", row.key(), error);
            }
        }
        if (!done.isEmpty()) {
            em.createNativeQuery("delete from search_outbox where id in (:ids)")
                    .setParameter("ids", done)
                    .executeUpdate();
        }
        noteChildren(latest.values());
        return rows.size();
    }

    /** The current state of each noted document, by index key; absent when it no longer exists. */
    private Map<String, IndexedContent> load(Collection<Row> rows) {
        Map<String, List<String>> idsByType = new HashMap<>();
        rows.forEach(row ->
                idsByType.computeIfAbsent(row.type(), k -> new ArrayList<>()).add(row.docId()));
        return sources.load(idsByType);
    }

    /**
     * Notes the comments and videos under the pages that just changed, as new outbox rows: they are indexed in the
     * next batch, with versions newer than anything written so far, reading their page as it is then.
     */
    private void noteChildren(Collection<Row> rows) {
        Map<String, List<String>> parents = new HashMap<>();
        rows.stream()
                .filter(Row::cascade)
                .forEach(row -> parents.computeIfAbsent(row.type(), k -> new ArrayList<>())
                        .add(row.docId()));
        parents.forEach((parentType, parentIds) -> {
            for (SearchSource source : sources.all()) {
                for (String child : source.childrenOf(parentType, parentIds)) {
                    em.createNativeQuery("insert into search_outbox (doc_type, doc_id) values (?1, ?2)")
                            .setParameter(1, source.type())
                            .setParameter(2, child)
                            .executeUpdate();
                }
            }
        });
    }

    private void addOperations(
            String target,
            long version,
            Collection<Row> rows,
            Map<String, IndexedContent> documents,
            List<BulkOperation> operations,
            List<String> keys) {
        for (Row row : rows) {
            IndexedContent doc = documents.get(row.key());
            if (doc != null && doc.searchable()) {
                SearchDocument source = SearchDocument.of(doc);
                operations.add(BulkOperation.of(b -> b.index(i -> i.index(target)
                        .id(row.key())
                        .version(version)
                        .versionType(VersionType.External)
                        .document(source))));
            } else {
                // Deleted, hidden, a draft, or unknown: it must not be found.
                operations.add(BulkOperation.of(b -> b.delete(
                        d -> d.index(target).id(row.key()).version(version).versionType(VersionType.External))));
            }
            keys.add(row.key());
        }
    }

    /** Changes still waiting for the index (an admin figure, and what tests wait on). */
    public long pending() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from search_outbox")
                                .getSingleResult())
                        .longValue());
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
