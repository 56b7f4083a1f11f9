package org.bravo.guestbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bravo.media.PhotoView;
import org.bravo.media.VideoView;
import org.bravo.people.PersonSummary;
import org.bravo.shop.ShopRef;

/**
 * A guestbook entry as the app shows it. {@code consentBy} names who confirmed that the customer in the photos
 * agreed; {@code hidden} is only ever true for its author and moderators (everyone else gets a 404), with
 * {@code pendingReview} while it waits for a moderator; {@code commentsLocked}: no new comments.
 */
public record EntryView(
        long id,
        ShopRef shop,
        PersonSummary author,
        String kind,
        LocalDate date,
        String bodyHtml,
        String body,
        String excerpt,
        List<PhotoView> photos,
        boolean photosShowCustomer,
        PersonSummary consentBy,
        Instant consentAt,
        Instant createdAt,
        Instant editedAt,
        int bravoCount,
        int commentCount,
        boolean bravoedByMe,
        boolean hidden,
        String hiddenReason,
        PromotedPost promotedTo,
        boolean canEdit,
        boolean canDelete,
        boolean canHide,
        boolean canPromote,
        List<VideoView> videos,
        boolean pendingReview,
        boolean commentsLocked) {

    /** The practice an entry was turned into. */
    public record PromotedPost(long id, String title) {}
}
