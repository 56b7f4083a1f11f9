package org.bravo.media;

import java.util.UUID;

/** Captions of a video were saved or removed: search re-reads them with {@link Videos#captions(UUID)}. */
public record VideoCaptionsChanged(UUID videoId, String lang) {
}
