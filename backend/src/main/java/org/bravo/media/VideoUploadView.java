package org.bravo.media;

import java.time.Instant;
import java.util.List;

/**
 * A video upload in progress (or finished): the browser sends {@code partCount} parts of {@code partSize} bytes (the
 * last one shorter), each to a URL it asks for, and resumes by listing the parts already stored.
 */
public record VideoUploadView(
        String videoId,
        String status,
        String fileName,
        long size,
        int partSize,
        int partCount,
        Instant createdAt,
        List<StoredPart> parts) {

    /** A part the store already holds. */
    public record StoredPart(int partNumber, String etag, long size) {}

    /** A signed URL for one part: PUT the bytes there, keep the ETag header of the answer. */
    public record PartUrl(int partNumber, String url, Instant expiresAt) {}
}
