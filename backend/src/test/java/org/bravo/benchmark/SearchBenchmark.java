package org.bravo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.bravo.infra.StackConfig;
import org.bravo.search.ReindexStatus;
import org.bravo.search.internal.SearchReindexer;
import org.bravo.search.internal.SearchService;
import org.bravo.testing.RealStackResource;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The search benchmark (not part of the test suite: {@code BRAVO_ES_HEAP=1g ./mvnw verify -Pbenchmark -pl backend -am
 * -Dskip.npm -Dtest=SearchBenchmark}). Loads 800 000 posts and 200 000 comments of generated French text into the
 * real PostgreSQL, rebuilds the index from the database (1 000 000 documents: the reindex throughput), then runs a
 * set of realistic queries (typos, accents, filters, sorts) through the HTTP API with wrk and the very same
 * Elasticsearch requests straight to Elasticsearch, at the same concurrency, in the same run; and suggestions as
 * one types. Results go to the console and {@code backend/target/benchmark/search-benchmark.md}.
 */
@QuarkusTest
class SearchBenchmark {
    static final int POSTS = Integer.getInteger("bench.posts", 800_000);
    static final int COMMENT_EVERY = 4;
    static final int PEOPLE = 2_000;
    static final int SHOPS = 20;
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 4);
    static final int REQUESTS = Integer.getInteger("bench.requests", 4_000);
    static final int WARMUP = 400;
    static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    static final int WARMUP_SECONDS = 10;
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    /** Words of the generated posts: shop floor and coffee vocabulary, accents included. */
    static final List<String> WORDS = List.of("accueil", "client", "clients", "café", "cafés", "dégustation",
            "conseil", "conseils", "vitrine", "Noël", "été", "électricité", "comptoir", "mousser", "lait", "latte",
            "art", "rosace", "éthiopien", "colombien", "moulin", "mouture", "meule", "nettoyage", "machine",
            "expresso", "barista", "formation", "sourire", "file", "d'attente", "carte", "fidélité", "réserve",
            "rangement", "présentoir", "macarons", "gâteaux", "tasse", "tasses", "sous-tasse", "carafe", "eau",
            "sucre", "service", "équipe", "matin", "soir", "ouverture", "fermeture", "caisse", "paiement", "ticket",
            "sac", "emballage", "cadeau", "coffret", "capsule", "capsules", "recyclage", "tri", "déchets", "chaleur",
            "température", "thermomètre", "hygiène", "sécurité", "badge", "planning", "pause", "horaire", "livraison",
            "stock", "inventaire", "commande", "fournisseur", "arôme", "arômes", "torréfaction", "intensité",
            "crème", "chocolat", "cannelle", "vanille", "caramel", "noisette", "biscuit", "dosage", "grammes",
            "tamper", "portafiltre", "buse", "vapeur", "pichet", "verre", "bouteille", "musique", "lumière",
            "affichage", "étiquette", "prix", "promotion", "animation", "atelier", "enfant", "famille", "touriste",
            "anglais", "traduction", "accessibilité", "fauteuil", "poussette", "attente", "rapide", "lent", "calme",
            "chaleureux", "souriant", "patient", "écoute", "question", "réponse", "réclamation", "remboursement",
            "échange", "garantie", "détartrage", "filtre", "entretien", "panne", "réparation", "technicien", "et",
            "le", "la", "les", "des", "du", "pour", "avec", "sans", "chaque", "une", "un", "à", "au", "en", "sur");
    static final List<String> TAGS = List.of("accueil", "dégustation", "vitrine", "hygiène", "sécurité", "caisse",
            "stock", "formation", "recyclage", "animation", "entretien", "service", "fidélité", "latte-art",
            "livraison", "planning", "musique", "accessibilité", "réclamation", "noël", "été", "équipe", "cadeau",
            "torréfaction", "machine", "eau", "chocolat", "famille", "touristes", "ouverture");
    static final List<String> CITIES = List.of("Paris Opéra", "Lyon Confluence", "Marseille Vieux-Port",
            "Bordeaux Chartrons", "Lille Grand Place", "Nantes Graslin", "Toulouse Capitole", "Nice Masséna",
            "Strasbourg Kléber", "Rennes Thabor", "Montpellier Comédie", "Grenoble Victor-Hugo", "Dijon Darcy",
            "Reims Cathédrale", "Tours Plumereau", "Annecy Lac", "Metz Saint-Louis", "Rouen Gros-Horloge",
            "Caen Vaugueux", "Brest Siam");

    /** Queries people type, as query strings: typos, accents forgotten, elisions, filters, sorts. */
    static final List<Map<String, String>> QUERIES = List.of(
            Map.of("q", "conseils de dégustation"),
            Map.of("q", "acceuil client"),
            Map.of("q", "electricite comptoir"),
            Map.of("q", "vitrine noel"),
            Map.of("q", "mousser le lait"),
            Map.of("q", "café ethiopien"),
            Map.of("q", "file d'attente"),
            Map.of("q", "carte fidelite"),
            Map.of("q", "latte art rosace"),
            Map.of("q", "rangement reserve"),
            Map.of("q", "machine expresso", "kind", "irritant"),
            Map.of("q", "degustation", "shop", "bench-shop-3"),
            Map.of("q", "sourire", "sort", "newest"),
            Map.of("q", "formation barista", "sort", "bravos"),
            Map.of("tag", "hygiène"),
            Map.of("q", "nettoyage moulin", "type", "comment"),
            Map.of("q", "detartrage machine"),
            Map.of("q", "touristes anglais traduction"));
    static final List<String> PREFIXES = List.of("degu", "acc", "vitr", "mous", "latt", "fidel", "caf", "forma",
            "range", "sour", "tasse", "hygi", "noe", "torre", "livr");

    @Inject
    SearchReindexer reindexer;

    @Inject
    SearchService search;

    @Inject
    ElasticsearchClient elasticsearch;

    private final LoadDriver driver = new LoadDriver(CONCURRENCY, REQUESTS, WARMUP);

    @Test
    void searchAtOneMillionDocuments() throws Exception {
        StackConfig stack = RealStackResource.config();
        long loadStart = System.nanoTime();
        long documents;
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), StackConfig.DB_USER, StackConfig.DB_PASSWORD)) {
            documents = load(db);
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        ReindexStatus reindex = reindexer.run(ReindexStatus.started(Instant.now(), reindexer.total()));
        assertThat(reindex.state()).as(String.valueOf(reindex.error())).isEqualTo("finished");
        double reindexSeconds = Duration.between(reindex.startedAt(), reindex.finishedAt()).toMillis() / 1000.0;
        assertThat(reindex.done()).isGreaterThanOrEqualTo(documents);

        String base = "http://localhost:" + stack.httpPort();
        List<String> paths = QUERIES.stream().map(q -> "/api/v1/search?" + query(q)).toList();
        LoadDriver.Scenario api = new LoadDriver.Scenario("search through the API", () -> Tokens.fresh("camille"),
                "GET", paths);
        LoadDriver.Scenario suggest = new LoadDriver.Scenario("suggestions through the API", () -> Tokens.fresh("camille"),
                "GET",
                PREFIXES.stream().map(p -> "/api/v1/search/suggest?q=" + p).toList());
        List<SearchService.Request> requests = QUERIES.stream().map(SearchBenchmark::request).toList();
        AtomicInteger next = new AtomicInteger();
        LoadDriver.Call direct = () -> {
            SearchService.Request request = requests.get(Math.floorMod(next.getAndIncrement(), requests.size()));
            var response = elasticsearch.search(search.elasticsearchRequest(request), Map.class);
            return response.hits() == null ? 1 : 0;
        };

        // Everything warmed up first (JIT, Elasticsearch caches), then measured alternately, round after round.
        driver.wrk(api, base, WARMUP_SECONDS);
        driver.wrk(suggest, base, WARMUP_SECONDS);
        driver.measure("warm-up", direct);
        List<LoadDriver.Result> results = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            results.add(rename(driver.wrk(api, base, SECONDS), "search through the API, round " + round));
            results.add(driver.measure("the same requests straight to Elasticsearch, round " + round, direct));
        }
        results.add(driver.wrk(suggest, base, SECONDS));

        Map<String, Long> hits = new LinkedHashMap<>();
        for (int i = 0; i < QUERIES.size(); i++) {
            hits.put(query(QUERIES.get(i)), elasticsearch.search(search.elasticsearchRequest(requests.get(i)),
                    Map.class).hits().total().value());
        }
        String report = report(results, documents, loadSeconds, reindex, reindexSeconds, hits);
        System.out.println(report);
        Path out = RealStackResource.repo().resolve("backend/target/benchmark/search-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        for (LoadDriver.Result result : results) {
            assertThat(result.errors()).as(result.name() + " errors").isZero();
        }
        assertThat(hits.values()).as("every query finds something").allMatch(n -> n > 0);
    }

    private static LoadDriver.Result rename(LoadDriver.Result r, String name) {
        return new LoadDriver.Result(name, r.p50(), r.p95(), r.p99(), r.rps(), r.errors());
    }

    private static SearchService.Request request(Map<String, String> q) {
        return new SearchService.Request(q.get("q"), q.get("type"), q.get("kind"), q.get("shop"), q.get("tag"),
                q.get("author"), null, null, q.get("sort"), null, null);
    }

    private static String query(Map<String, String> q) {
        return q.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String sqlArray(List<String> values) {
        return values.stream().map(v -> "'" + v.replace("'", "''") + "'")
                .collect(Collectors.joining(",", "array[", "]::text[]"));
    }

    /** Generated text: each row draws its own words (the subqueries depend on the row, so run once per row). */
    private static String words(String count) {
        // "+ 0 * k" ties the aggregate to this subquery: without a column of its own it would belong to the row's.
        return "(select string_agg(v.w[1 + floor(random() * array_length(v.w, 1))::int + 0 * k], ' ')"
                + " from generate_series(1, " + count + ") k)";
    }

    private long load(Connection db) throws Exception {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            for (int i = 0; i < SHOPS; i++) {
                s.execute("insert into shop (code, name, city, region) values ('bench-shop-" + i + "', '"
                        + CITIES.get(i).replace("'", "''") + "', '" + CITIES.get(i).split(" ")[0]
                        + "', 'France') on conflict do nothing");
            }
            s.execute("insert into person (subject, username, display_name, shop_code, search_name, first_seen_at,"
                    + " last_seen_at) select 'sbench-' || g, 'sbench' || g, 'Équipier ' || g, 'bench-shop-' || (g % "
                    + SHOPS + "), 'equipier ' || g, now(), now() from generate_series(1, " + PEOPLE + ") g"
                    + " on conflict do nothing");
            s.execute("with v as (select " + sqlArray(WORDS) + " w)"
                    + " insert into post (kind, title, body_md, body_html, excerpt, shop_code, author_subject, status,"
                    + " draft, created_at, published_at, bravo_count)"
                    + " select (array['practice','idea','irritant'])[g % 3 + 1], left(t.title, 140), t.body,"
                    + " '<p>' || t.body || '</p>', left(t.body, 200), 'bench-shop-' || (g % " + SHOPS + "),"
                    + " 'sbench-' || (g % " + PEOPLE + " + 1), case when g % 3 = 0 then null else 'new' end, false,"
                    + " now() - make_interval(secs => g * 40), now() - make_interval(secs => g * 40), (g::bigint * 7919) % 40"
                    + " from generate_series(1, " + POSTS + ") g cross join v,"
                    + " lateral (select initcap(" + words("3 + g % 5") + ") title, " + words("20 + g % 40")
                    + " body) t");
            s.execute("insert into post_tag (post_id, tag, published_at) select id, (" + sqlArray(TAGS)
                    + ")[1 + id % " + TAGS.size() + "], published_at from post where author_subject like 'sbench-%'");
            s.execute("insert into post_tag (post_id, tag, published_at) select id, (" + sqlArray(TAGS)
                    + ")[1 + (id * 7 + 3) % " + TAGS.size() + "], published_at from post"
                    + " where author_subject like 'sbench-%' and id % 2 = 0 on conflict do nothing");
            s.execute("with v as (select " + sqlArray(WORDS) + " w)"
                    + " insert into comment (target_type, target_id, author_subject, body_md, body_html, created_at)"
                    + " select 'post', p.id, 'sbench-' || ((p.id * 13) % " + PEOPLE + " + 1), t.body,"
                    + " '<p>' || t.body || '</p>', p.published_at + interval '1 hour'"
                    + " from post p cross join v, lateral (select " + words("5 + p.id % 20") + " body) t"
                    + " where p.author_subject like 'sbench-%' and p.id % " + COMMENT_EVERY + " = 0");
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        try (Statement s = db.createStatement()) {
            s.execute("vacuum analyze");
        }
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select (select count(*) from post where not draft and deleted_at is null),"
                        + " (select count(*) from comment where deleted_at is null)")) {
            rs.next();
            System.out.printf("Loaded %d posts and %d comments%n", rs.getLong(1), rs.getLong(2));
            return rs.getLong(1) + rs.getLong(2);
        }
    }

    private static String report(List<LoadDriver.Result> results, long documents, double loadSeconds,
                                 ReindexStatus reindex, double reindexSeconds, Map<String, Long> hits) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "# Search benchmark%n%n%,d documents (%,d posts of generated French text"
                        + " and their comments), loaded into PostgreSQL in %.0f s. %d cores; concurrency %d.%n%n",
                documents, POSTS, loadSeconds, Runtime.getRuntime().availableProcessors(), CONCURRENCY));
        out.append(String.format(Locale.ROOT, "**Full reindex from the database**: %,d documents in %.1f s: **%.0f"
                + " docs/s** (into %s).%n%n", reindex.done(), reindexSeconds, reindex.done() / reindexSeconds,
                reindex.index()));
        out.append(String.format(Locale.ROOT, "HTTP scenarios: wrk (one thread, a separate process), %d s each after"
                + " a %d s warm-up, real tokens, cycling through %d queries. Straight to Elasticsearch: the request"
                + " the API builds for each query, sent with the Java client from %d workers, %d requests after %d"
                + " of warm-up.%n%n", SECONDS, WARMUP_SECONDS, QUERIES.size(), CONCURRENCY, REQUESTS, WARMUP));
        out.append("| scenario | p50 ms | p95 ms | p99 ms | req/s | errors |\n|---|---|---|---|---|---|\n");
        for (LoadDriver.Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.0f | %d |%n", r.name(), r.p50(),
                    r.p95(), r.p99(), r.rps(), r.errors()));
        }
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            LoadDriver.Result api = results.get(round * 2);
            LoadDriver.Result direct = results.get(round * 2 + 1);
            ratios.add(api.p50() / direct.p50());
            out.append(String.format(Locale.ROOT, "%nRound %d: API p50 / direct p50 = %.2f×", round + 1,
                    api.p50() / direct.p50()));
        }
        List<Double> sorted = ratios.stream().sorted().toList();
        out.append(String.format(Locale.ROOT, "%nMedian over the rounds: **%.2f×** (target ≤ 1.3×)",
                sorted.get(sorted.size() / 2)));
        LoadDriver.Result suggest = results.get(results.size() - 1);
        out.append(String.format(Locale.ROOT, "%nSuggestions p95 = **%.1f ms** (target < 50 ms)%n%n", suggest.p95()));
        out.append("| query | matches |\n|---|---|\n");
        hits.forEach((q, n) -> out.append("| `").append(q).append("` | ").append(String.format(Locale.ROOT, "%,d", n))
                .append(" |\n"));
        return out.toString();
    }
}
