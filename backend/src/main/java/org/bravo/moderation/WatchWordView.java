package org.bravo.moderation;

import java.time.Instant;

public record WatchWordView(long id, String phrase, String action, Instant createdAt) {}
