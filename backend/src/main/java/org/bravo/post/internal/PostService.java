package org.bravo.post.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bravo.media.Photos;
import org.bravo.media.Videos;
import org.bravo.moderation.Screening;
import org.bravo.moderation.WatchWords;
import org.bravo.people.PersonRef;
import org.bravo.platform.content.ContentActedOnByStaff;
import org.bravo.platform.content.ContentChanged;
import org.bravo.platform.content.ModerationState;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.security.Viewer;
import org.bravo.platform.text.MarkdownRenderer;
import org.bravo.post.CreatePostRequest;
import org.bravo.post.PostStatusChanged;
import org.bravo.post.PromotedPractice;
import org.bravo.post.UpdatePostRequest;
import org.bravo.shop.Shops;

/** Writing posts: validation, Markdown rendering, tags, photos, videos, status and pins. */
@ApplicationScoped
public class PostService {
    static final int MAX_TITLE = 140;
    static final int MAX_BODY = 20_000;
    static final int MAX_PHOTOS = 10;
    static final int MAX_VIDEOS = 3;
    static final int MAX_REASON = 2_000;
    static final Set<String> KINDS = Set.of("practice", "idea", "irritant");

    @Inject
    PostRepository posts;

    @Inject
    CategoryRepository categories;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Photos photos;

    @Inject
    Videos videos;

    @Inject
    Event<PostStatusChanged> statusChanged;

    @Inject
    Event<ContentChanged> changed;

    @Inject
    Clock clock;

    @Inject
    WatchWords watchWords;

    @Inject
    Event<ContentActedOnByStaff> staffActed;

    @Inject
    Shops shops;

    /** The post if the viewer may see it, else a 404 that does not tell hidden from missing. */
    public Post requireVisible(long id, Viewer viewer) {
        Post post = posts.findById(id);
        if (post == null || !PostPolicy.canView(post, viewer)) {
            throw notFound(id);
        }
        return post;
    }

    static ApiException notFound(long id) {
        return ApiException.notFound(ErrorCode.POST_NOT_FOUND, "No post " + id + " here, or it is not visible to you.");
    }

    @Transactional
    public Post create(CreatePostRequest request, PersonRef author) {
        FieldErrors errors = new FieldErrors().required("kind", request.kind());
        if (request.kind() != null && !request.kind().isBlank() && !KINDS.contains(request.kind())) {
            errors.add("kind", FieldCode.INVALID, "One of practice, idea, irritant.");
        }
        List<String> tags = validateContent(
                errors,
                request.title(),
                request.body(),
                request.tags(),
                request.categoryId(),
                request.photoIds(),
                author,
                Set.of());
        List<UUID> videoIds =
                videos.checkAttachable(errors, request.videoIds(), MAX_VIDEOS, Set.of(), author.subject());
        String shop = postingShop(errors, request.shop(), author);
        errors.throwIfAny();
        Screening screening = screen(request.title(), request.body(), tags);

        Instant now = clock.instant();
        Post post = new Post();
        post.kind = request.kind();
        post.authorSubject = author.subject();
        post.shopCode = shop;
        post.createdAt = now;
        post.status = StatusTransitions.hasStatus(post.kind) ? StatusTransitions.NEW : null;
        post.draft = Boolean.TRUE.equals(request.draft());
        post.publishedAt = post.draft ? null : now;
        applyContent(post, request.title(), request.body(), request.categoryId());
        posts.persist(post);
        replaceTags(post, tags);
        replacePhotos(post, photoIds(request.photoIds()));
        replaceVideos(post, videoIds, Set.of());
        changed.fire(ContentChanged.of(PostSearchSource.TYPE, post.id));
        watchWords.review(PostSearchSource.TYPE, String.valueOf(post.id), screening);
        return post;
    }

    /**
     * The shop a new post comes from: the author's own. People without one (head office, admins) post on behalf of no
     * shop, or name an open shop when the post is about one; people with a shop speak for theirs only.
     */
    private String postingShop(FieldErrors errors, String requested, PersonRef author) {
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

    /**
     * A practice from a guestbook entry. Its photos were checked when the entry took them (they may be a colleague's),
     * so only the title, tags and category are validated here.
     */
    @Transactional
    public Post promote(PromotedPractice practice) {
        FieldErrors errors = new FieldErrors();
        List<String> photoIds = practice.photoIds().stream().map(UUID::toString).toList();
        List<String> tags = validateContent(
                errors,
                practice.title(),
                practice.bodyMarkdown(),
                practice.tags(),
                practice.categoryId(),
                photoIds,
                null,
                Set.copyOf(practice.photoIds()));
        errors.throwIfAny();
        Instant now = clock.instant();
        Post post = new Post();
        post.kind = "practice";
        post.authorSubject = practice.authorSubject();
        post.shopCode = practice.shopCode();
        post.createdAt = now;
        post.publishedAt = now;
        post.sourceEntryId = practice.sourceEntryId();
        applyContent(post, practice.title(), practice.bodyMarkdown(), practice.categoryId());
        posts.persist(post);
        replaceTags(post, tags);
        replacePhotos(post, practice.photoIds());
        changed.fire(ContentChanged.of(PostSearchSource.TYPE, post.id));
        return post;
    }

    @Transactional
    public Post update(long id, UpdatePostRequest request, Viewer viewer, PersonRef editor) {
        Post post = requireVisible(id, viewer);
        if (!PostPolicy.canEdit(post, viewer)) {
            throw ApiException.forbidden(ErrorCode.NOT_YOUR_POST, "Only the author or a moderator can edit this post.");
        }
        FieldErrors errors = new FieldErrors();
        List<String> tags = validateContent(
                errors,
                request.title(),
                request.body(),
                request.tags(),
                request.categoryId(),
                request.photoIds(),
                editor,
                attachedPhotos(post.id));
        Set<UUID> attachedVideos = attachedVideos(post.id);
        // Null keeps the videos as they are: clients written before videos existed do not drop them on edit.
        List<UUID> videoIds = request.videoIds() == null
                ? List.copyOf(orderedVideos(post.id))
                : videos.checkAttachable(errors, request.videoIds(), MAX_VIDEOS, attachedVideos, editor.subject());
        if (!post.draft && Boolean.TRUE.equals(request.draft())) {
            errors.add("draft", FieldCode.INVALID, "A published post cannot go back to draft.");
        }
        boolean byStaff = ContentActedOnByStaff.isStaffActing(viewer, post.authorSubject);
        String reason = byStaff ? ContentActedOnByStaff.reason(errors, request.reason()) : null;
        errors.throwIfAny();
        Screening screening = screen(request.title(), request.body(), tags);
        String titleBefore = post.title;
        Map<String, Object> before = byStaff
                ? trailFields(
                        post.title, post.bodyMarkdown, currentTags(post.id), attachedPhotos(post.id), attachedVideos)
                : null;

        Instant now = clock.instant();
        applyContent(post, request.title(), request.body(), request.categoryId());
        if (post.draft && Boolean.FALSE.equals(request.draft())) {
            post.draft = false;
            post.publishedAt = now;
        } else if (!post.draft) {
            // Edits to a draft are work in progress; only a published post shows an "edited" marker.
            post.editedAt = now;
        }
        replaceTags(post, tags);
        replacePhotos(post, photoIds(request.photoIds()));
        replaceVideos(post, videoIds, attachedVideos);
        changed.fire(ContentChanged.of(PostSearchSource.TYPE, post.id));
        watchWords.review(PostSearchSource.TYPE, String.valueOf(post.id), screening);
        if (byStaff) {
            Map<String, Object> after = trailFields(
                    post.title,
                    post.bodyMarkdown,
                    tags,
                    Set.copyOf(photoIds(request.photoIds())),
                    Set.copyOf(videoIds));
            if (!after.equals(before)) {
                trimUnchanged(before, after);
                staffActed.fire(ContentActedOnByStaff.edited(
                        PostSearchSource.TYPE,
                        post.id,
                        titleBefore,
                        PostSearchSource.TYPE,
                        post.id,
                        post.authorSubject,
                        viewer,
                        reason,
                        before,
                        after));
            }
        }
        return post;
    }

    /**
     * The ordinary delete, by its author or by a moderator or an admin; staff deleting someone else's post is written
     * to the audit log and told to the author, with their optional reason.
     */
    @Transactional
    public void delete(long id, String reason, Viewer viewer) {
        Post post = requireVisible(id, viewer);
        ModerationState state = post.moderation.state(false);
        ContentActedOnByStaff.deleteNotingStaff(
                viewer,
                post.authorSubject,
                reason,
                () -> delete(id, viewer),
                why -> ContentActedOnByStaff.deleted(
                        PostSearchSource.TYPE,
                        post.id,
                        post.title,
                        PostSearchSource.TYPE,
                        post.id,
                        post.authorSubject,
                        viewer,
                        why,
                        state),
                staffActed);
    }

    /** Deletes the post; the review queue's delete action comes here directly and keeps its own trail. */
    @Transactional
    public void delete(long id, Viewer viewer) {
        Post post = requireVisible(id, viewer);
        if (!PostPolicy.canDelete(post, viewer)) {
            throw ApiException.forbidden(
                    ErrorCode.NOT_YOUR_POST, "Only the author or a moderator can delete this post.");
        }
        post.deletedAt = clock.instant();
        post.pinnedUntil = null;
        // A deleted post's films and photos are deleted with it (the store's files once this commits).
        videos.discard(attachedVideos(post.id));
        photos.discardShownBy(PostSearchSource.TYPE, post.id);
        changed.fire(ContentChanged.of(PostSearchSource.TYPE, post.id));
    }

    /** Watch words in what the post would publish; blocking ones answer 422 here, before anything is saved. */
    private Screening screen(String title, String body, List<String> tags) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title == null ? "" : title);
        fields.put("body", body == null ? "" : body);
        fields.put("tags", String.join(" , ", tags));
        Screening screening = watchWords.screen(fields);
        screening.throwIfBlocked();
        return screening;
    }

    private List<String> validateContent(
            FieldErrors errors,
            String title,
            String body,
            List<String> rawTags,
            Long categoryId,
            List<String> photoIds,
            PersonRef uploader,
            Set<UUID> attached) {
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

    @SuppressWarnings("unchecked")
    private Set<UUID> attachedPhotos(long postId) {
        return new HashSet<>(posts.getEntityManager()
                .createNativeQuery("select photo_id from post_photo where post_id = ?1")
                .setParameter(1, postId)
                .getResultList());
    }

    @SuppressWarnings("unchecked")
    private List<String> currentTags(long postId) {
        return posts.getEntityManager()
                .createNativeQuery("select tag from post_tag where post_id = ?1")
                .setParameter(1, postId)
                .getResultList();
    }

    /** What the audit log keeps of a post before and after an edit by staff (ids sorted: order is no change). */
    private static Map<String, Object> trailFields(
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
    private static void trimUnchanged(Map<String, Object> before, Map<String, Object> after) {
        for (String key : new ArrayList<>(before.keySet())) {
            if (!key.equals("title") && !key.equals("body") && before.get(key).equals(after.get(key))) {
                before.remove(key);
                after.remove(key);
            }
        }
    }

    private void applyContent(Post post, String title, String body, Long categoryId) {
        post.title = title.strip();
        post.bodyMarkdown = body == null ? "" : body;
        post.bodyHtml = markdown.toHtml(post.bodyMarkdown);
        post.excerpt = markdown.excerpt(post.bodyMarkdown);
        post.categoryId = categoryId;
    }

    private static List<UUID> photoIds(List<String> raw) {
        return raw == null
                ? List.of()
                : raw.stream().map(UUID::fromString).distinct().toList();
    }

    private void replaceTags(Post post, List<String> tags) {
        var em = posts.getEntityManager();
        em.flush();
        em.createNativeQuery("delete from post_tag where post_id = ?1")
                .setParameter(1, post.id)
                .executeUpdate();
        for (String tag : tags) {
            em.createNativeQuery("insert into post_tag (post_id, tag, published_at) values (?1, ?2, ?3)")
                    .setParameter(1, post.id)
                    .setParameter(2, tag)
                    .setParameter(3, post.publishedAt)
                    .executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> orderedVideos(long postId) {
        return posts.getEntityManager()
                .createNativeQuery("select video_id from post_video where post_id = ?1 order by position")
                .setParameter(1, postId)
                .getResultList();
    }

    private Set<UUID> attachedVideos(long postId) {
        return new HashSet<>(orderedVideos(postId));
    }

    /** Rewrites the post's videos, and tells the media module which ones are now shown and which no longer are. */
    private void replaceVideos(Post post, List<UUID> ids, Set<UUID> before) {
        var em = posts.getEntityManager();
        em.flush();
        videos.detach(before.stream().filter(id -> !ids.contains(id)).toList());
        videos.attach(ids.stream().filter(id -> !before.contains(id)).toList(), PostSearchSource.TYPE, post.id);
        em.createNativeQuery("delete from post_video where post_id = ?1")
                .setParameter(1, post.id)
                .executeUpdate();
        for (int i = 0; i < ids.size(); i++) {
            em.createNativeQuery("insert into post_video (post_id, video_id, position) values (?1, ?2, ?3)")
                    .setParameter(1, post.id)
                    .setParameter(2, ids.get(i))
                    .setParameter(3, i)
                    .executeUpdate();
        }
    }

    private void replacePhotos(Post post, List<UUID> ids) {
        var em = posts.getEntityManager();
        photos.show(ids, PostSearchSource.TYPE, post.id);
        em.createNativeQuery("delete from post_photo where post_id = ?1")
                .setParameter(1, post.id)
                .executeUpdate();
        for (int i = 0; i < ids.size(); i++) {
            em.createNativeQuery("insert into post_photo (post_id, photo_id, position) values (?1, ?2, ?3)")
                    .setParameter(1, post.id)
                    .setParameter(2, ids.get(i))
                    .setParameter(3, i)
                    .executeUpdate();
        }
    }
}
