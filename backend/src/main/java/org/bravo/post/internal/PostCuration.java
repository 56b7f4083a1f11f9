package org.bravo.post.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.bravo.moderation.AuditLog;
import org.bravo.platform.content.ContentChanged;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.security.Viewer;
import org.bravo.post.PostStatusChanged;
import org.bravo.post.StatusChangeRequest;

/**
 * What staff do to a post from its own page: move an idea or irritant through its statuses, pin it at the top of
 * feeds or unpin it. Each is audited here, in the action's transaction. Callers check the role.
 */
@ApplicationScoped
public class PostCuration {
    @Inject
    PostService posts;

    @Inject
    Event<PostStatusChanged> statusChanged;

    @Inject
    Event<ContentChanged> changed;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Post changeStatus(long id, StatusChangeRequest request, Viewer viewer) {
        Post post = posts.requireVisible(id, viewer);
        if (!viewer.canModerate()) {
            throw ApiException.forbidden(ErrorCode.FORBIDDEN, "Only moderators and admins change statuses.");
        }
        if (!StatusTransitions.hasStatus(post.kind) || post.draft) {
            throw new ApiException(
                    409, ErrorCode.POST_HAS_NO_STATUS, "Conflict", "Only published ideas and irritants have a status.");
        }
        String to = request == null ? null : request.status();
        String reason = request == null || request.reason() == null
                ? null
                : request.reason().strip();
        FieldErrors errors = new FieldErrors().required("status", to);
        if (to != null && !to.isBlank() && !StatusTransitions.ALL.contains(to)) {
            errors.add("status", FieldCode.INVALID, "One of " + String.join(", ", StatusTransitions.ALL) + ".");
        }
        if (StatusTransitions.needsReason(to) && (reason == null || reason.isEmpty())) {
            errors.add("reason", FieldCode.REQUIRED, "Say why, so the author learns from it.");
        }
        errors.maxLength("reason", reason, PostService.MAX_REASON).throwIfAny();
        if (!StatusTransitions.allowed(post.status, to)) {
            throw new ApiException(
                    409,
                    ErrorCode.INVALID_STATUS_TRANSITION,
                    "Conflict",
                    "A post cannot go from " + post.status + " to " + to + ".");
        }
        String from = post.status;
        post.status = to;
        post.statusReason = reason == null || reason.isEmpty() ? null : reason;
        post.statusChangedAt = clock.instant();
        statusChanged.fire(new PostStatusChanged(
                post.id, post.title, post.authorSubject, viewer.subject(), from, to, post.statusReason));
        changed.fire(ContentChanged.of(PostSearchSource.TYPE, post.id));
        audit.contentAction(
                "post.status",
                PostSearchSource.TYPE,
                id,
                post.title,
                null,
                post.statusReason,
                Map.of("status", String.valueOf(from)),
                Map.of("status", post.status));
        return post;
    }

    @Transactional
    public Post pin(long id, Integer days, Viewer viewer) {
        Post post = posts.requireVisible(id, viewer);
        FieldErrors errors = new FieldErrors().required("days", days);
        if (days != null && (days < 1 || days > 7)) {
            errors.add("days", FieldCode.INVALID, "Between 1 and 7 days.");
        }
        errors.throwIfAny();
        if (post.draft) {
            throw new ApiException(409, ErrorCode.POST_NOT_PUBLISHED, "Conflict", "A draft cannot be pinned.");
        }
        post.pinnedUntil = clock.instant().plus(Duration.ofDays(days));
        audit.contentAction(
                "post.pin",
                PostSearchSource.TYPE,
                id,
                post.title,
                null,
                null,
                null,
                Map.of("pinnedUntil", post.pinnedUntil.toString()));
        return post;
    }

    @Transactional
    public Post unpin(long id, Viewer viewer) {
        Post post = posts.requireVisible(id, viewer);
        post.pinnedUntil = null;
        audit.contentAction("post.unpin", PostSearchSource.TYPE, id, post.title, null, null, null, null);
        return post;
    }
}
