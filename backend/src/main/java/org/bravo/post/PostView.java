package org.bravo.post;

import java.time.Instant;
import java.util.List;
import org.bravo.media.PhotoView;
import org.bravo.media.VideoView;
import org.bravo.people.PersonSummary;
import org.bravo.shop.ShopRef;

/**
 * A post on its own page. {@code bodyHtml} is sanitized on the server and safe to insert; {@code body} is the Markdown
 * source, for editing. The {@code can…} flags tell the app which actions to offer; the server checks them again.
 * {@code sourceEntryId} names the guestbook entry a practice was promoted from (its shop is the post's shop).
 * {@code hidden} is only ever true for its author and moderators (everyone else gets a 404); {@code pendingReview}
 * when it waits for a moderator rather than being hidden by one.
 */
public record PostView(
        long id,
        String kind,
        String title,
        String excerpt,
        List<String> tags,
        CategoryView category,
        ShopRef shop,
        PersonSummary author,
        Instant createdAt,
        Instant publishedAt,
        Instant editedAt,
        String status,
        int bravoCount,
        int commentCount,
        boolean bravoedByMe,
        String thumbnailUrl,
        Instant pinnedUntil,
        boolean draft,
        String bodyHtml,
        String body,
        List<PhotoView> photos,
        String statusReason,
        boolean canEdit,
        boolean canDelete,
        boolean canModerate,
        Long sourceEntryId,
        List<VideoView> videos,
        boolean hidden,
        boolean pendingReview,
        String hiddenReason,
        boolean commentsLocked) {}
