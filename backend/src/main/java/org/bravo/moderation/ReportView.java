package org.bravo.moderation;

import java.time.Instant;

/** A report as its reporter sees it: {@code status} is received, then reviewed once a moderator decided. */
public record ReportView(
        long id,
        String contentType,
        String contentId,
        String reason,
        String details,
        Instant createdAt,
        String status) {}
