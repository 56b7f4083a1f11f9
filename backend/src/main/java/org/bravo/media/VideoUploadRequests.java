package org.bravo.media;

import java.util.List;

/** Bodies of the video upload endpoints. */
public final class VideoUploadRequests {
    private VideoUploadRequests() {}

    /** Announces an upload: the size is checked against the limit before any byte is sent. */
    public record Start(String fileName, Long size, String contentType) {
        public static Start empty() {
            return new Start(null, null, null);
        }
    }

    /** One uploaded part, with the ETag the store answered for it. */
    public record UploadedPart(Integer partNumber, String etag) {}

    public record Complete(List<UploadedPart> parts) {}
}
