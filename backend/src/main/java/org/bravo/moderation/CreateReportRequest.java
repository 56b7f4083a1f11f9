package org.bravo.moderation;

/** A report: {@code reason} is spam, inappropriate, customer_privacy, wrong_information or other (with details). */
public record CreateReportRequest(String contentType, String contentId, String reason, String details) {}
