package org.bravo.media;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A video as posts and entries show it. {@code playbackUrl} and {@code posterUrl} are signed same-origin URLs that
 * redirect to the object store (range requests work, so players seek), valid until {@code urlsExpireAt} and only while
 * the video and its page stay visible; they exist only once the video is ready.
 * Why it failed is given to its uploader only: {@code failureCode} with the figures it quotes ({@code failureParams}),
 * which the web app words in the reader's language, and {@code failureReason} in English. A hidden video is shown only to its uploader and moderators,
 * with {@code hidden} (and {@code pendingReview} while it waits for a moderator).
 */
public record VideoView(
        String id,
        String status,
        Integer progress,
        String failureReason,
        VideoFailure failureCode,
        Map<String, String> failureParams,
        String fileName,
        Long durationMs,
        Integer width,
        Integer height,
        String posterUrl,
        String playbackUrl,
        Instant urlsExpireAt,
        List<Caption> captions,
        boolean canEdit,
        boolean hidden,
        boolean pendingReview,
        String hiddenReason) {

    /** A captions track, served as {@code text/vtt} at a signed same-origin URL. */
    public record Caption(String lang, String label, String url) {}
}
