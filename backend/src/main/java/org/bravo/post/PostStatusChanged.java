package org.bravo.post;

/** An idea's or irritant's status moved on; fired inside the transaction that changed it. */
public record PostStatusChanged(
        long postId,
        String title,
        String authorSubject,
        String actorSubject,
        String fromStatus,
        String toStatus,
        String reason) {}
