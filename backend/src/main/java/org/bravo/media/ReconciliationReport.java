package org.bravo.media;

/**
 * What a clean-up pass did: unfinished uploads aborted, unattached videos deleted, objects in the store that no
 * row references ({@code orphansRemoved} of {@code objectsScanned}, {@code bytesFreed}), and photos shown by no post
 * or entry for longer than their retention deleted ({@code unattachedPhotosDeleted}).
 */
public record ReconciliationReport(
        int uploadsAborted,
        int unattachedDeleted,
        int objectsScanned,
        int orphansRemoved,
        long bytesFreed,
        int failures,
        int unattachedPhotosDeleted) {}
