package org.bravo.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The content index: every searchable thing, one document each, in a versioned index (e.g.
 * {@code bravo-content-20261129t031500}) that queries reach through the alias {@code bravo-content}. A reindex builds
 * a new index and swaps the alias in one atomic request, so queries never see a half-built index. Settings and
 * mappings live in {@code search/content-index.json}, written for a stock production Elasticsearch 8.x.
 */
@ApplicationScoped
public class SearchIndex {
    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    static final String DEFINITION = "search/content-index.json";
    private static final DateTimeFormatter VERSION =
            DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmssSSS").withZone(ZoneOffset.UTC);

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchConfig config;

    @Inject
    Clock clock;

    /** The name queries and writes use. */
    public String alias() {
        return config.index();
    }

    void onStart(@Observes StartupEvent event) {
        try {
            ensure();
        } catch (IOException | ElasticsearchException e) {
            // Search degrades while Elasticsearch is away; the indexer creates the index when it comes back.
            LOG.warnf(
                    "The search index could not be prepared now (%s); it will be when Elasticsearch answers",
                    e.getMessage());
        }
    }

    /** Creates the first index behind the alias when there is none; returns the index the alias names. */
    public String ensure() throws IOException {
        Optional<String> current = current();
        if (current.isPresent()) {
            addNewFields(current.get());
            return current.get();
        }
        String name = newVersionName();
        create(name);
        try {
            client.indices().putAlias(a -> a.index(name).name(alias()).isWriteIndex(true));
        } catch (ElasticsearchException e) {
            // Another backend won the race: keep its index, drop ours.
            client.indices().delete(d -> d.index(name));
            return current().orElseThrow(() -> e);
        }
        return current().orElse(name);
    }

    /** The index behind the alias, if any. */
    public Optional<String> current() throws IOException {
        if (!client.indices().existsAlias(e -> e.name(alias())).value()) {
            return Optional.empty();
        }
        GetAliasResponse aliases = client.indices().getAlias(g -> g.name(alias()));
        return aliases.result().keySet().stream().sorted().reduce((first, second) -> second);
    }

    /** A fresh, empty index with the current definition, not yet behind the alias (a reindex fills it first). */
    public String createNext() throws IOException {
        String name = newVersionName();
        create(name);
        return name;
    }

    /** The alias marking an index being rebuilt: indexers write there too, so no change misses the new index. */
    public String buildingAlias() {
        return alias() + "-building";
    }

    /** The index a reindex is filling, if one is running (on any backend). */
    public Optional<String> building() throws IOException {
        if (!client.indices().existsAlias(e -> e.name(buildingAlias())).value()) {
            return Optional.empty();
        }
        return client.indices().getAlias(g -> g.name(buildingAlias())).result().keySet().stream()
                .findFirst();
    }

    public void markBuilding(String name) throws IOException {
        client.indices().putAlias(a -> a.index(name).name(buildingAlias()));
    }

    public void unmarkBuilding(String name) throws IOException {
        client.indices().deleteAlias(d -> d.index(name).name(buildingAlias()));
    }

    /**
     * Points the alias at {@code next} and away from the previous index, and drops the building mark, in one atomic
     * request: a query sees the old index or the new one, never neither. Returns the previous index, which queries
     * that resolved the alias a moment ago may still be reading: retire it a little later.
     */
    public Optional<String> swap(String next) throws IOException {
        Optional<String> previous = current().filter(old -> !old.equals(next));
        client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(next).alias(alias()).isWriteIndex(true)));
            u.actions(a -> a.remove(r -> r.index(next).alias(buildingAlias())));
            previous.ifPresent(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias()))));
            return u;
        });
        return previous;
    }

    /**
     * Deletes versioned indices that are neither behind the alias nor being built: left by a reindex that failed or
     * by a backend that stopped before retiring the previous index. Returns their names.
     */
    public List<String> dropStale() throws IOException {
        Optional<String> live = current();
        Optional<String> building = building();
        List<String> stale = client
                .indices()
                .get(g -> g.index(alias() + "-*").ignoreUnavailable(true).allowNoIndices(true))
                .result()
                .keySet()
                .stream()
                .filter(name -> live.map(l -> !l.equals(name)).orElse(true))
                .filter(name -> building.map(b -> !b.equals(name)).orElse(true))
                .filter(name -> !name.startsWith(buildingAlias()))
                .toList();
        for (String name : stale) {
            try {
                client.indices().delete(d -> d.index(name));
            } catch (ElasticsearchException e) {
                // Another clean-up may drop it first (the reindex retiring it, another backend): gone is what we
                // want.
                if (e.status() != 404) {
                    throw e;
                }
            }
        }
        return stale;
    }

    /**
     * Adds the fields this version of Bravo maps and the live index lacks (a new field is the usual change): new
     * documents index at once, and a reindex fills the field for older ones. A change Elasticsearch cannot apply in
     * place (a field's type) is logged: run a reindex.
     */
    private void addNewFields(String name) throws IOException {
        try (Reader reader = definition()) {
            String mappings =
                    new ObjectMapper().readTree(reader).get("mappings").toString();
            client.indices().putMapping(p -> p.index(name).withJson(new StringReader(mappings)));
        } catch (ElasticsearchException e) {
            LOG.errorf(
                    "The search index %s does not match this version's mappings (%s): run a reindex",
                    name, e.getMessage());
        }
    }

    private Reader definition() {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DEFINITION);
        if (in == null) {
            throw new IllegalStateException("Missing " + DEFINITION);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private void create(String name) throws IOException {
        try (Reader reader = definition()) {
            client.indices().create(c -> c.index(name).withJson(reader));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private String newVersionName() {
        return alias() + "-" + VERSION.format(clock.instant());
    }
}
