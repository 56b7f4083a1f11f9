package org.bravo.media;

/**
 * What a clean-up pass did: unfinished uploads aborted, unattached videos deleted, and objects in the store that no
 * row references ({@code orphansRemoved} of {@code objectsScanned}, {@code bytesFreed}).
 */
public record ReconciliationReport(int uploadsAborted, int unattachedDeleted, int objectsScanned, int orphansRemoved,
                                   long bytesFreed, int failures) {
}
