package org.bravo.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.bravo.moderation.AuditLog;
import org.bravo.platform.content.IndexedContent;
import org.bravo.platform.content.SearchSource;
import org.bravo.platform.content.SearchSources;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.search.ReindexStatus;
import org.jboss.logging.Logger;

/**
 * Rebuilds the index from the database, the source of truth, without downtime: a new versioned index is created and
 * marked as building (indexers then write every change there too), filled in batches, and swapped behind the alias in
 * one atomic request; the old index is dropped a little later, once
 * queries still reading it are done. Documents are written with version 1, so any change the indexer writes meanwhile (its versions are all higher) wins over the copy.
 */
@ApplicationScoped
public class SearchReindexer {
    private static final Logger LOG = Logger.getLogger(SearchReindexer.class);
    private static final int BATCH = 1000;

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchIndex index;

    @Inject
    SearchSources sources;

    @Inject
    Clock clock;

    @Inject
    SearchConfig config;

    @Inject
    AuditLog audit;

    private final AtomicReference<ReindexStatus> status = new AtomicReference<>(ReindexStatus.idle());

    public ReindexStatus status() {
        return status.get();
    }

    /** An admin starts a reindex: 409 {@code REINDEX_RUNNING} if one is running here; audited. */
    public ReindexStatus startRequested() {
        if (!start()) {
            throw new ApiException(409, ErrorCode.REINDEX_RUNNING, "Conflict", "A reindex is already running.");
        }
        ReindexStatus started = status();
        audit.adminAction("search.reindex", null, started);
        return started;
    }

    /** Starts a reindex on a thread of its own; false if one is already running here. */
    public boolean start() {
        ReindexStatus current = status.get();
        if (current.running()) {
            return false;
        }
        ReindexStatus starting = ReindexStatus.started(clock.instant(), total());
        if (!status.compareAndSet(current, starting)) {
            return false;
        }
        Thread thread = new Thread(() -> run(starting), "search-reindex");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    /** Runs a whole reindex in the calling thread, reporting progress; returns the final status. */
    public ReindexStatus run(ReindexStatus starting) {
        String next = null;
        long done = 0;
        Instant started = starting.startedAt();
        try {
            index.ensure();
            index.dropStale();
            next = index.createNext();
            // No refresh while filling: bulk indexing goes faster, and nobody queries the new index yet.
            String target = next;
            client.indices().putSettings(p -> p.index(target).settings(s -> s.refreshInterval(t -> t.time("-1"))));
            index.markBuilding(next);
            for (SearchSource source : sources.all()) {
                String after = null;
                while (true) {
                    String from = after;
                    List<String> ids = QuarkusTransaction.requiringNew().call(() -> source.idsAfter(from, BATCH));
                    if (ids.isEmpty()) {
                        break;
                    }
                    Map<String, IndexedContent> docs =
                            QuarkusTransaction.requiringNew().call(() -> source.load(ids));
                    done += write(target, docs.values());
                    after = ids.get(ids.size() - 1);
                    status.set(ReindexStatus.progress(started, starting.total(), done, next));
                }
            }
            client.indices().putSettings(p -> p.index(target).settings(s -> s.refreshInterval(t -> t.time("500ms"))));
            client.indices().refresh(r -> r.index(target));
            Optional<String> previous = index.swap(next);
            previous.ifPresent(this::retireLater);
            Duration took = Duration.between(started, clock.instant());
            ReindexStatus finished = ReindexStatus.finished(started, clock.instant(), starting.total(), done, next);
            status.set(finished);
            LOG.infof(
                    "Search reindex: %d documents into %s in %d ms (%.0f docs/s)",
                    done, next, took.toMillis(), done * 1000.0 / Math.max(1, took.toMillis()));
            return finished;
        } catch (Exception e) {
            LOG.errorf("Search reindex failed after %d documents: %s", done, e.getMessage());
            if (next != null) {
                dropQuietly(next);
            }
            ReindexStatus failed =
                    ReindexStatus.failed(started, clock.instant(), starting.total(), done, e.getMessage());
            status.set(failed);
            return failed;
        }
    }

    /** Writes the searchable ones among {@code docs}; returns how many. */
    private int write(String target, Collection<IndexedContent> docs) throws IOException {
        List<BulkOperation> operations = new ArrayList<>();
        for (IndexedContent doc : docs) {
            if (doc.searchable()) {
                SearchDocument source = SearchDocument.of(doc);
                operations.add(BulkOperation.of(b -> b.index(i -> i.index(target)
                        .id(SearchDocument.key(doc.type(), doc.id()))
                        .version(1L)
                        .versionType(VersionType.External)
                        .document(source))));
            }
        }
        if (operations.isEmpty()) {
            return 0;
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        for (BulkResponseItem item : response.items()) {
            // 409: the indexer already wrote a newer state of this document into the new index.
            if (item.error() != null && item.status() != 409) {
                throw new IllegalStateException(item.id() + ": " + item.error().reason());
            }
        }
        return operations.size();
    }

    /** How many documents the database holds for the index, to show progress against. */
    public long total() {
        return QuarkusTransaction.requiringNew()
                .call(() -> sources.all().stream()
                        .mapToLong(SearchSource::countSearchable)
                        .sum());
    }

    /** Drops the previous index once the queries that were reading it when the alias moved have finished. */
    private void retireLater(String name) {
        Thread retire = new Thread(
                () -> {
                    try {
                        Thread.sleep(config.retireAfter().toMillis());
                        dropQuietly(name);
                    } catch (InterruptedException e) {
                        // Stopping: the next reindex drops it as stale.
                        Thread.currentThread().interrupt();
                    }
                },
                "search-retire-" + name);
        retire.setDaemon(true);
        retire.start();
    }

    private void dropQuietly(String name) {
        try {
            client.indices().delete(d -> d.index(name));
        } catch (Exception e) {
            LOG.warnf("Could not drop the unfinished index %s: %s", name, e.getMessage());
        }
    }
}
