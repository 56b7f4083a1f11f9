package org.bravo.vote;

import java.time.Instant;

/** A person gave a bravo (a new one, not a repeated click); fired in the transaction that stored it. */
public record BravoGiven(String targetType, long targetId, String giverSubject, Instant at) {}
