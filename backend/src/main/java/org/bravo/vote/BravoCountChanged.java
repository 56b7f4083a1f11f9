package org.bravo.vote;

/** A bravo was given or taken back, inside the writing transaction: rankings by bravos follow it. */
public record BravoCountChanged(String targetType, long targetId, int delta) {}
