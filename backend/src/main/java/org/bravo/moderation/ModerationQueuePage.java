package org.bravo.moderation;

import java.util.List;

public record ModerationQueuePage(List<ModerationItemView> items, String nextCursor) {}
