package org.bravo.notification;

import java.time.Instant;
import java.util.Map;
import org.bravo.people.PersonSummary;

/** Something to tell a person; {@code postId} or {@code entryId} names the page it happened on. */
public record NotificationView(
        long id,
        String type,
        Instant createdAt,
        Instant readAt,
        Long postId,
        Long entryId,
        Long commentId,
        PersonSummary actor,
        Map<String, Object> data) {}
