package org.bravo.search.internal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "bravo.elasticsearch")
public interface SearchConfig {
    /** Elasticsearch HTTP address, e.g. {@code https://search.internal:9200}. */
    String url();

    /** Basic-auth user when the cluster has security enabled (production); absent locally. */
    Optional<String> username();

    Optional<String> password();

    /** How long to wait for a connection: short, so an outage degrades search quickly instead of hanging requests. */
    @WithDefault("2s")
    Duration connectTimeout();

    @WithDefault("30s")
    Duration socketTimeout();

    /** The alias queries and writes go through; the indices behind it are named after it plus a version. */
    @WithDefault("bravo-content")
    String index();

    /** Whether this backend sends outbox changes to Elasticsearch (any number of backends may). */
    @WithDefault("true")
    boolean indexingEnabled();

    /** How long an idle indexer waits before looking again; a commit wakes it at once. */
    @WithDefault("2s")
    Duration pollEvery();

    /** How long the index a reindex replaced stays, for queries that were reading it when the alias moved. */
    @WithDefault("30s")
    Duration retireAfter();

    /** Outbox rows per bulk request. */
    @WithDefault("500")
    int indexBatch();

    /** How results are ranked for "relevance" (see docs/api/search.md). */
    Relevance relevance();

    interface Relevance {
        /** Weight of ln(1 + bravos): 0.3 makes 10 bravos worth about ×1.7. */
        @WithDefault("0.3")
        double bravoWeight();

        /** Share of the score that fades with age: 0.4 leaves an old match 60 % of a fresh one's score. */
        @WithDefault("0.4")
        double freshnessWeight();

        /** Age at which freshness counts half (an Elasticsearch time unit). */
        @WithDefault("120d")
        String freshnessScale();
    }
}
