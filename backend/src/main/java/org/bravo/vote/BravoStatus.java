package org.bravo.vote;

/** The count after a bravo was given or taken back, and whether the caller's is among them. */
public record BravoStatus(long bravoCount, boolean bravoedByMe) {}
