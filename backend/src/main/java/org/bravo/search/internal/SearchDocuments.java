package org.bravo.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bravo.platform.content.IndexedContent;

/** The index's document shape (see {@code search/content-index.json}) for any kind of content. */
final class SearchDocuments {
    private static final Pattern NEXT_WORD = Pattern.compile("(?<=[\\s'’])[\\p{L}\\p{N}]");
    private static final int MAX_SUGGEST_INPUTS = 8;
    private SearchDocuments() {
    }

    /** The document's id in the index: types share one index, and ids are only unique within a type. */
    static String key(String type, String id) {
        return type + ":" + id;
    }

    static Map<String, Object> of(IndexedContent content) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("type", content.type());
        doc.put("id", content.id());
        doc.put("kind", content.kind());
        doc.put("status", content.status());
        doc.put("title", content.title());
        if (content.cues().isEmpty()) {
            doc.put("body", content.body());
        } else {
            // One value per caption line: a highlight then names the line, hence the moment to jump to.
            doc.put("body", content.cues().stream().map(IndexedContent.Cue::text).toList());
            doc.put("cueStarts", content.cues().stream().map(IndexedContent.Cue::startMs).toList());
        }
        doc.put("tags", content.tags());
        doc.put("shop", content.shopCode());
        doc.put("shopName", content.shopName());
        doc.put("author", content.authorUsername());
        doc.put("authorName", content.authorName());
        doc.put("createdAt", content.createdAt() == null ? null : content.createdAt().toString());
        doc.put("bravos", content.bravos());
        doc.put("parentType", content.parentType());
        doc.put("parentId", content.parentId());
        doc.put("parentTitle", content.parentTitle());
        if (content.title() != null && !content.title().isBlank()) {
            doc.put("suggest", Map.of("input", suggestInputs(content.title())));
        }
        return doc;
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
