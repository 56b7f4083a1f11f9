package org.bravo.moderation;

import java.time.Instant;

/** An admin suspended a person ({@code until} null: indefinitely); fired in the suspending transaction. */
public record PersonSuspended(String subject, Instant until, String reason, String actorSubject) {}
