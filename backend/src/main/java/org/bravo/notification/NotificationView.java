package org.bravo.notification;

import java.time.Instant;
import java.util.Map;
import org.bravo.people.PersonSummary;

public record NotificationView(long id, String type, Instant createdAt, Instant readAt, Long postId, Long commentId,
                               PersonSummary actor, Map<String, Object> data) {
}
