package org.bravo.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bravo.post.PostDocument;

/** The index's document shape (see {@code search/content-index.json}) for each kind of content. */
final class SearchDocuments {
    private SearchDocuments() {
    }

    static Map<String, Object> of(PostDocument post) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("type", SearchOutbox.POST);
        doc.put("id", String.valueOf(post.id()));
        doc.put("kind", post.kind());
        doc.put("status", post.status());
        doc.put("title", post.title());
        doc.put("body", post.body());
        doc.put("tags", post.tags());
        doc.put("shop", post.shopCode());
        doc.put("shopName", post.shopName());
        doc.put("author", post.authorUsername());
        doc.put("authorName", post.authorName());
        doc.put("createdAt", post.publishedAt() == null ? null : post.publishedAt().toString());
        doc.put("bravos", post.bravos());
        doc.put("suggest", Map.of("input", List.of(post.title())));
        return doc;
    }
}
