package org.bravo.moderation;

import java.util.List;

public record AuditPage(List<AuditEntryView> items, String nextCursor) {}
