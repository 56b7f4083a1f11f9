package org.bravo.moderation;

import java.time.Instant;

/** Suspends until {@code until} (in the future), or indefinitely when it is null. */
public record SuspensionRequest(Instant until, String reason) {}
