package org.bravo.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bravo.people.People;
import org.bravo.people.PersonSummary;
import org.bravo.platform.error.FieldErrors;
import org.bravo.search.Suggestion;
import org.bravo.shop.ShopInfo;
import org.bravo.shop.Shops;

/**
 * What search proposes besides results: suggestions as a person types, and a corrected query when a search finds
 * nothing. Both are help, not answers, so an unreachable index makes them smaller or absent, never an error.
 */
@ApplicationScoped
public class SearchSuggestions {
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchIndex index;

    @Inject
    People people;

    @Inject
    Shops shops;

    /**
     * Titles (typo-tolerant completion), then tags, shops and people matching the prefix, at most {@code limit}
     * titles, {@code limit} tags and {@code 2 × limit} in all. Empty for an empty prefix; 422 for one over
     * {@link SearchCriteria#MAX_QUERY} characters.
     */
    public List<Suggestion> suggest(String prefix, int limit) {
        String text = prefix == null ? "" : prefix.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.length() > SearchCriteria.MAX_QUERY) {
            new FieldErrors().maxLength("q", text, SearchCriteria.MAX_QUERY).throwIfAny();
        }
        String folded = fold(text);
        List<Suggestion> suggestions = new ArrayList<>();
        try {
            suggestions.addAll(fromIndex(text, folded, limit));
        } catch (IOException | ElasticsearchException e) {
            // Shops and people still come from the database: suggestions degrade rather than vanish.
        }
        for (ShopInfo shop : shops.all(false)) {
            if (fold(shop.name()).contains(folded) || shop.code().startsWith(folded)) {
                suggestions.add(new Suggestion("shop", shop.name(), shop.code()));
            }
        }
        for (PersonSummary person : people.search(text, 3)) {
            suggestions.add(new Suggestion("person", person.displayName(), person.username()));
        }
        return suggestions.size() > limit * 2 ? suggestions.subList(0, limit * 2) : suggestions;
    }

    private List<Suggestion> fromIndex(String text, String folded, int limit) throws IOException {
        SearchResponse<SearchDocument> response = client.search(
                s -> s.index(index.alias())
                        .size(0)
                        .source(src -> src.filter(f -> f.includes("title")))
                        .suggest(g -> g.suggesters(
                                "titles",
                                f -> f.prefix(text)
                                        .completion(c -> c.field("suggest")
                                                .size(limit * 3)
                                                .skipDuplicates(true)
                                                .fuzzy(z -> z.fuzziness("AUTO").minLength(4)))))
                        .aggregations(
                                "tags",
                                SearchQueryBuilder.filteredTerms(
                                        Query.of(q -> q.prefix(
                                                p -> p.field("tags.folded").value(folded))),
                                        "tags",
                                        50)),
                SearchDocument.class);
        List<Suggestion> suggestions = new ArrayList<>();
        // A title is suggested from any of its words on, so the option's text may be its end: show it whole.
        Set<String> titles = new LinkedHashSet<>();
        for (CompletionSuggestOption<SearchDocument> option :
                response.suggest().get("titles").get(0).completion().options()) {
            String title = option.source() == null ? null : option.source().title();
            titles.add(title != null ? title : option.text());
        }
        titles.stream().limit(limit).forEach(title -> suggestions.add(new Suggestion("title", title, title)));
        int tags = 0;
        // The documents matched by a tag prefix carry other tags too: keep the ones that start with it.
        for (StringTermsBucket bucket : SearchQueryBuilder.filteredTermsBuckets(response, "tags")) {
            String tag = bucket.key().stringValue();
            if (fold(tag).startsWith(folded) && tags++ < limit) {
                suggestions.add(new Suggestion("tag", tag, tag));
            }
        }
        return suggestions;
    }

    /** The query with each word the index does not know replaced by its closest indexed word; null if none is. */
    String didYouMean(String text) {
        try {
            SearchResponse<Void> response = client.search(
                    s -> s.index(index.alias())
                            .size(0)
                            .suggest(g -> g.text(text)
                                    .suggesters(
                                            "words",
                                            f -> f.term(t -> t.field("title.folded")
                                                    .suggestMode(SuggestMode.Always)
                                                    .size(1)))),
                    Void.class);
            StringBuilder corrected = new StringBuilder();
            boolean changed = false;
            for (var entry : response.suggest().get("words")) {
                List<TermSuggestOption> options = entry.term().options();
                String word =
                        options.isEmpty() ? entry.term().text() : options.get(0).text();
                changed |= !options.isEmpty();
                corrected.append(corrected.isEmpty() ? "" : " ").append(word);
            }
            return changed ? corrected.toString() : null;
        } catch (IOException | ElasticsearchException e) {
            return null;
        }
    }

    /** Lower case without accents, as the index's {@code folded} fields compare. */
    static String fold(String text) {
        return COMBINING
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
