package org.bravo.search.internal;

import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.List;
import java.util.Map;
import org.bravo.search.SearchHit;

/**
 * Turns an index hit into what the API shows. Elasticsearch's highlights are already HTML-escaped with
 * {@code <mark>}s; a title without a highlight is escaped here, so {@code titleHtml} is always safe to render.
 */
final class SearchHitMapper {
    private SearchHitMapper() {}

    static SearchHit toHit(Hit<SearchDocument> hit) {
        SearchDocument doc = hit.source() == null ? empty() : hit.source();
        Map<String, List<String>> highlight = hit.highlight();
        String titleHtml =
                highlight.containsKey("title") ? highlight.get("title").get(0) : escape(doc.title());
        String snippet = highlight.containsKey("body") ? highlight.get("body").get(0) : null;
        return new SearchHit(
                doc.type(),
                doc.id(),
                doc.kind(),
                doc.status(),
                doc.title(),
                titleHtml,
                snippet,
                doc.tags(),
                doc.shop(),
                doc.shopName(),
                doc.author(),
                doc.authorName(),
                doc.created(),
                doc.bravos(),
                doc.parentType(),
                doc.parentId(),
                doc.parentTitle(),
                cueStart(doc, snippet));
    }

    /** The moment of the caption line a video hit's snippet comes from; null for anything else. */
    static Long cueStart(SearchDocument doc, String snippetHtml) {
        if (snippetHtml == null) {
            return null;
        }
        return doc.cueStartOf(unescape(snippetHtml.replace("<mark>", "").replace("</mark>", ""))
                .strip());
    }

    static String escape(String text) {
        if (text == null) {
            return null;
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** Undoes Elasticsearch's HTML encoder, so a fragment compares with the indexed text. */
    static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&#x2F;", "/")
                .replace("&amp;", "&");
    }

    private static SearchDocument empty() {
        return new SearchDocument(
                null, null, null, null, null, null, null, null, null, null, null, null, null, 0, null, null, null,
                null);
    }
}
