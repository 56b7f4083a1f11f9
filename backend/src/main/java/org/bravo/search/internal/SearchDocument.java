package org.bravo.search.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bravo.platform.content.IndexedContent;

/**
 * One document of the content index (see {@code search/content-index.json}), as the indexer writes it and as search
 * reads it back: the one place that names the index's fields, so writing and reading cannot drift apart.
 *
 * <p>{@code body} is one value, or one value per caption line for a video (a highlight then names the line, hence
 * the moment to jump to, kept at the same position in {@code cueStarts}). {@code createdAt} stays the ISO text the
 * index's date field parses, whatever the JSON mapper's date settings.
 */
// Unknown fields are skipped: documents written by a newer backend still read during a rolling deploy.
@JsonIgnoreProperties(ignoreUnknown = true)
record SearchDocument(
        String type,
        String id,
        String kind,
        String status,
        String title,

        @JsonFormat(
                with = {
                    JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED,
                    JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY
                })
        List<String> body,

        List<Long> cueStarts,
        List<String> tags,
        String shop,
        String shopName,
        String author,
        String authorName,
        String createdAt,
        int bravos,
        String parentType,
        String parentId,
        String parentTitle,
        // Absent rather than null: a completion field takes inputs or nothing.
        @JsonInclude(JsonInclude.Include.NON_NULL) Suggest suggest) {
    private static final Pattern NEXT_WORD = Pattern.compile("(?<=[\\s'’])[\\p{L}\\p{N}]");
    private static final int MAX_SUGGEST_INPUTS = 8;

    SearchDocument {
        tags = tags == null ? List.of() : tags;
    }

    /** What the completion suggester matches a typed prefix against. */
    record Suggest(List<String> input) {}

    /** The document's id in the index: types share one index, and ids are only unique within a type. */
    static String key(String type, String id) {
        return type + ":" + id;
    }

    static SearchDocument of(IndexedContent content) {
        boolean captioned = !content.cues().isEmpty();
        List<String> body = captioned
                ? content.cues().stream().map(IndexedContent.Cue::text).toList()
                : content.body() == null ? null : List.of(content.body());
        List<Long> cueStarts = captioned
                ? content.cues().stream().map(IndexedContent.Cue::startMs).toList()
                : null;
        Suggest suggest = content.title() == null || content.title().isBlank()
                ? null
                : new Suggest(suggestInputs(content.title()));
        return new SearchDocument(
                content.type(),
                content.id(),
                content.kind(),
                content.status(),
                content.title(),
                body,
                cueStarts,
                content.tags(),
                content.shopCode(),
                content.shopName(),
                content.authorUsername(),
                content.authorName(),
                content.createdAt() == null ? null : content.createdAt().toString(),
                content.bravos(),
                content.parentType(),
                content.parentId(),
                content.parentTitle(),
                suggest);
    }

    Instant created() {
        return createdAt == null ? null : Instant.parse(createdAt);
    }

    /**
     * The moment of the caption line whose text holds this plain-text fragment of a snippet: a highlighted fragment
     * never spans two values of {@code body}, so the line is the one that contains it. Null for a document without
     * captions.
     */
    Long cueStartOf(String fragment) {
        if (fragment == null || cueStarts == null || body == null) {
            return null;
        }
        for (int i = 0; i < body.size() && i < cueStarts.size(); i++) {
            if (body.get(i) != null && body.get(i).contains(fragment) && cueStarts.get(i) != null) {
                return cueStarts.get(i);
            }
        }
        return null;
    }

    /**
     * The title, and the title from each of its next words on ("conseils de dégustation", "dégustation"…): a
     * completion only matches the start of an input, and people type the word they remember, not the first one.
     */
    static List<String> suggestInputs(String title) {
        List<String> inputs = new ArrayList<>();
        String rest = title.strip();
        inputs.add(rest);
        Matcher word = NEXT_WORD.matcher(rest);
        while (word.find() && inputs.size() < MAX_SUGGEST_INPUTS) {
            String from = rest.substring(word.start());
            if (from.length() >= 3) {
                inputs.add(from);
            }
        }
        return inputs;
    }
}
