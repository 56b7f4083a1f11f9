package org.bravo.post.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bravo.media.Photos;
import org.bravo.moderation.Screening;
import org.bravo.moderation.WatchWords;
import org.bravo.people.PersonRef;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.text.MarkdownRenderer;
import org.bravo.post.PostFields;
import org.bravo.shop.Shops;

/**
 * What a post says, checked and written: the title, body, tags, category and photos a request would publish, the shop
 * it speaks for, the watch words it trips, and what the audit log keeps of it when staff edit it.
 */
@ApplicationScoped
class PostContent {
    static final int MAX_TITLE = 140;
    static final int MAX_BODY = 20_000;
    static final int MAX_PHOTOS = 10;

    @Inject
    CategoryRepository categories;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Photos photos;

    @Inject
    WatchWords watchWords;

    @Inject
    Shops shops;

    /** Adds what is wrong with the content to {@code errors}; returns the tags, normalized. */
    List<String> validate(FieldErrors errors, PostFields fields, PersonRef uploader, Set<UUID> attached) {
        String title = fields.title();
        String body = fields.body();
        List<String> rawTags = fields.tags();
        Long categoryId = fields.categoryId();
        List<String> photoIds = fields.photoIds();
        errors.required("title", title)
                .maxLength("title", title == null ? null : title.strip(), MAX_TITLE)
                .maxLength("body", body, MAX_BODY);
        List<String> tags = Tags.normalizeAll(rawTags);
        errors.maxItems("tags", tags, Tags.MAX_TAGS);
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).length() > Tags.MAX_LENGTH) {
                errors.add("tags[" + i + "]", FieldCode.TOO_LONG, "At most " + Tags.MAX_LENGTH + " characters.");
            }
        }
        if (categoryId != null && categories.findById(categoryId) == null) {
            errors.add("categoryId", FieldCode.UNKNOWN, "No such category.");
        }
        photos.checkAttachable(errors, photoIds, MAX_PHOTOS, attached, uploader == null ? null : uploader.subject());
        return tags;
    }

    /**
     * The shop a new post comes from: the author's own. People without one (head office, admins) post on behalf of no
     * shop, or name an open shop when the post is about one; people with a shop speak for theirs only.
     */
    String postingShop(FieldErrors errors, String requested, PersonRef author) {
        if (requested == null || requested.isBlank()) {
            return author.shop();
        }
        if (author.shop() != null) {
            if (!requested.equals(author.shop())) {
                errors.add("shop", FieldCode.INVALID, "Your posts come from your own shop.");
            }
            return author.shop();
        }
        if (!shops.isOpen(requested)) {
            errors.add("shop", FieldCode.UNKNOWN, "No open shop with this code.");
        }
        return requested;
    }

    /** Watch words in what the post would publish; blocking ones answer 422 here, before anything is saved. */
    Screening screen(String title, String body, List<String> tags) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title == null ? "" : title);
        fields.put("body", body == null ? "" : body);
        fields.put("tags", String.join(" , ", tags));
        return watchWords.screen(fields);
    }

    void apply(Post post, String title, String body, Long categoryId) {
        post.title = title.strip();
        post.bodyMarkdown = body == null ? "" : body;
        post.bodyHtml = markdown.toHtml(post.bodyMarkdown);
        post.excerpt = markdown.excerpt(post.bodyMarkdown);
        post.categoryId = categoryId;
    }

    /** What the audit log keeps of a post before and after an edit by staff (ids sorted: order is no change). */
    static Map<String, Object> trailFields(
            String title, String body, List<String> tags, Set<UUID> photoIds, Set<UUID> videoIds) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("body", body);
        fields.put("tags", tags.stream().sorted().toList());
        fields.put("photoIds", photoIds.stream().map(UUID::toString).sorted().toList());
        fields.put("videoIds", videoIds.stream().map(UUID::toString).sorted().toList());
        return fields;
    }

    /** Keeps the title and body (what the author will look for) and, of the rest, only what changed. */
    static void trimUnchanged(Map<String, Object> before, Map<String, Object> after) {
        for (String key : new ArrayList<>(before.keySet())) {
            if (!key.equals("title") && !key.equals("body") && before.get(key).equals(after.get(key))) {
                before.remove(key);
                after.remove(key);
            }
        }
    }
}
