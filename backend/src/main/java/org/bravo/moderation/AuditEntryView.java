package org.bravo.moderation;

import java.time.Instant;
import java.util.Map;
import org.bravo.people.PersonSummary;

/** One line of the audit log; {@code actor} null means Bravo itself, {@code subject} is the person affected. */
public record AuditEntryView(
        long id,
        Instant at,
        PersonSummary actor,
        String action,
        String contentType,
        String contentId,
        String contentTitle,
        PersonSummary subject,
        String reason,
        Map<String, Object> before,
        Map<String, Object> after) {}
