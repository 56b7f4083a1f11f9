package org.bravo.post.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bravo.media.Photos;
import org.bravo.media.Videos;
import org.bravo.moderation.Screening;
import org.bravo.moderation.WatchWords;
import org.bravo.people.PersonRef;
import org.bravo.platform.content.ContentActedOnByStaff;
import org.bravo.platform.content.ContentActedOnByStaff.Target;
import org.bravo.platform.content.ContentChanged;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.security.Viewer;
import org.bravo.post.CreatePostRequest;
import org.bravo.post.PostFields;
import org.bravo.post.PostStatusChanged;
import org.bravo.post.PromotedPractice;
import org.bravo.post.UpdatePostRequest;

/**
 * Writing posts: creating, promoting a guestbook entry, editing and deleting, with who may do which. What a post says
 * is checked and rendered by {@link PostContent}; its tags, photos and videos are stored by {@link PostAttachments}.
 */
@ApplicationScoped
public class PostService {
    static final int MAX_VIDEOS = 3;
    static final int MAX_REASON = 2_000;
    static final Set<String> KINDS = Set.of("practice", "idea", "irritant");

    @Inject
    PostRepository posts;

    @Inject
    PostContent content;

    @Inject
    PostAttachments attachments;

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

    /** The post if the viewer may see it, else a 404 that does not tell hidden from missing. */
    public Post requireVisible(long id, Viewer viewer) {
        return Optional.ofNullable(posts.findById(id))
                .filter(found -> PostPolicy.canView(found, viewer))
                .orElseThrow(() -> notFound(id));
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
        List<String> tags = content.validate(errors, request, author, Set.of());
        List<UUID> videoIds =
                videos.checkAttachable(errors, request.videoIds(), MAX_VIDEOS, Set.of(), author.subject());
        String shop = content.postingShop(errors, request.shop(), author);
        errors.throwIfAny();
        Screening screening = content.screen(request.title(), request.body(), tags);

        Instant now = clock.instant();
        Post post = new Post();
        post.kind = request.kind();
        post.authorSubject = author.subject();
        post.shopCode = shop;
        post.createdAt = now;
        post.status = StatusTransitions.hasStatus(post.kind) ? StatusTransitions.NEW : null;
        post.draft = Boolean.TRUE.equals(request.draft());
        post.publishedAt = post.draft ? null : now;
        content.apply(post, request.title(), request.body(), request.categoryId());
        posts.persist(post);
        attachments.replaceTags(post, tags);
        attachments.replacePhotos(post, PostAttachments.photoIds(request.photoIds()));
        attachments.replaceVideos(post, videoIds, Set.of());
        changed.fire(ContentChanged.of(PostSearchSource.TYPE, post.id));
        watchWords.review(PostSearchSource.TYPE, String.valueOf(post.id), screening);
        return post;
    }

    /**
     * A practice from a guestbook entry. Its photos were checked when the entry took them (they may be a colleague's),
     * so only the title, tags and category are validated here.
     */
    @Transactional
    public Post promote(PromotedPractice practice) {
        FieldErrors errors = new FieldErrors();
        List<String> photoIds = practice.photoIds().stream().map(UUID::toString).toList();
        List<String> tags = content.validate(
                errors,
                PostFields.of(
                        practice.title(), practice.bodyMarkdown(), practice.tags(), practice.categoryId(), photoIds),
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
        content.apply(post, practice.title(), practice.bodyMarkdown(), practice.categoryId());
        posts.persist(post);
        attachments.replaceTags(post, tags);
        attachments.replacePhotos(post, practice.photoIds());
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
        List<String> tags = content.validate(errors, request, editor, attachments.photos(post.id));
        Set<UUID> attachedVideos = attachments.videos(post.id);
        // Null keeps the videos as they are: clients written before videos existed do not drop them on edit.
        List<UUID> videoIds = request.videoIds() == null
                ? List.copyOf(attachments.orderedVideos(post.id))
                : videos.checkAttachable(errors, request.videoIds(), MAX_VIDEOS, attachedVideos, editor.subject());
        if (!post.draft && Boolean.TRUE.equals(request.draft())) {
            errors.add("draft", FieldCode.INVALID, "A published post cannot go back to draft.");
        }
        boolean byStaff = ContentActedOnByStaff.isStaffActing(viewer, post.authorSubject);
        String reason = byStaff ? ContentActedOnByStaff.reason(errors, request.reason()) : null;
        errors.throwIfAny();
        Screening screening = content.screen(request.title(), request.body(), tags);
        String titleBefore = post.title;
        Map<String, Object> before = byStaff
                ? PostContent.trailFields(
                        post.title,
                        post.bodyMarkdown,
                        attachments.tags(post.id),
                        attachments.photos(post.id),
                        attachedVideos)
                : null;

        Instant now = clock.instant();
        content.apply(post, request.title(), request.body(), request.categoryId());
        if (post.draft && Boolean.FALSE.equals(request.draft())) {
            post.draft = false;
            post.publishedAt = now;
        } else if (!post.draft) {
            // Edits to a draft are work in progress; only a published post shows an "edited" marker.
            post.editedAt = now;
        }
        attachments.replaceTags(post, tags);
        attachments.replacePhotos(post, PostAttachments.photoIds(request.photoIds()));
        attachments.replaceVideos(post, videoIds, attachedVideos);
        changed.fire(ContentChanged.of(PostSearchSource.TYPE, post.id));
        watchWords.review(PostSearchSource.TYPE, String.valueOf(post.id), screening);
        if (byStaff) {
            Map<String, Object> after = PostContent.trailFields(
                    post.title,
                    post.bodyMarkdown,
                    tags,
                    Set.copyOf(PostAttachments.photoIds(request.photoIds())),
                    Set.copyOf(videoIds));
            if (!after.equals(before)) {
                PostContent.trimUnchanged(before, after);
                staffActed.fire(ContentActedOnByStaff.edited(
                        Target.itself(PostSearchSource.TYPE, post.id, titleBefore, post.authorSubject),
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
        ContentActedOnByStaff.deleteNotingStaff(
                viewer,
                Target.itself(PostSearchSource.TYPE, post.id, post.title, post.authorSubject),
                post.moderation.state(false),
                reason,
                () -> delete(id, viewer),
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
        videos.discard(attachments.videos(post.id));
        photos.discardShownBy(PostSearchSource.TYPE, post.id);
        changed.fire(ContentChanged.of(PostSearchSource.TYPE, post.id));
    }
}
