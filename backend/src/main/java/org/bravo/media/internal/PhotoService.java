package org.bravo.media.internal;

import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bravo.media.PhotoView;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PhotoService {
    private static final Logger LOG = Logger.getLogger(PhotoService.class);
    public static final long MAX_UPLOAD_BYTES = 15L * 1024 * 1024;

    @Inject
    PhotoRepository photos;

    @Inject
    MinioClient minio;

    @Inject
    StorageConfig config;

    @Inject
    Clock clock;

    @Inject
    PhotoViews views;

    /**
     * Stores the re-encoded photo and its thumbnail, then records them. Objects are written before the row: a crash
     * in between leaves an unreferenced object (cleaned by reconciliation), never a row pointing at nothing.
     */
    @Transactional
    public PhotoView upload(byte[] bytes, String ownerSubject) {
        ImageProcessor.Result image;
        try {
            image = ImageProcessor.process(bytes);
        } catch (ImageProcessor.ImageTooLarge e) {
            throw new ApiException(
                    422,
                    ErrorCode.IMAGE_TOO_LARGE,
                    "Image too large",
                    e.getMessage(),
                    List.of(),
                    Map.of("maxPixels", e.maxPixels()));
        } catch (ImageProcessor.UnsupportedImage e) {
            throw new ApiException(415, ErrorCode.UNSUPPORTED_IMAGE, "Unsupported image", e.getMessage());
        }
        UUID id = UUID.randomUUID();
        String extension = image.contentType().equals("image/png") ? ".png" : ".jpg";
        Photo photo = new Photo();
        photo.id = id;
        photo.ownerSubject = ownerSubject;
        photo.contentType = image.contentType();
        photo.width = image.width();
        photo.height = image.height();
        photo.bytes = image.full().length;
        photo.objectKey = "photos/" + id + extension;
        photo.thumbnailKey = "photos/" + id + "-thumb" + extension;
        photo.createdAt = clock.instant();
        // Shown nowhere until a post or entry takes it: the clean-up deletes it if none does.
        photo.unattachedSince = photo.createdAt;
        put(photo.objectKey, image.full(), image.contentType());
        put(photo.thumbnailKey, image.thumbnail(), image.contentType());
        photos.persist(photo);
        return views.uploaded(photo);
    }

    public Photo require(UUID id) {
        Photo photo = photos.findById(id);
        if (photo == null) {
            throw ApiException.notFound(ErrorCode.PHOTO_NOT_FOUND, "No photo " + id);
        }
        return photo;
    }

    /**
     * The photo's bytes, for a response. Nothing is fetched here but the object's metadata: the bytes are read only
     * when the response is written, and closed when done. A browser that gives up first (a page left while its
     * thumbnails load) gets nothing written, and a stream opened ahead would keep its connection to the store.
     */
    public StreamingOutput bytes(String key) {
        try {
            minio.statObject(
                    StatObjectArgs.builder().bucket(config.bucket()).object(key).build());
        } catch (Exception e) {
            LOG.warnf("Reading %s from the object store failed: %s", key, e.getMessage());
            throw unavailable();
        }
        return out -> {
            try (InputStream in = open(key)) {
                in.transferTo(out);
            }
        };
    }

    private InputStream open(String key) {
        try {
            return minio.getObject(
                    GetObjectArgs.builder().bucket(config.bucket()).object(key).build());
        } catch (Exception e) {
            LOG.warnf("Reading %s from the object store failed: %s", key, e.getMessage());
            throw unavailable();
        }
    }

    private void put(String key, byte[] bytes, String contentType) {
        try {
            minio.putObject(PutObjectArgs.builder().bucket(config.bucket()).object(key).stream(
                            new ByteArrayInputStream(bytes), bytes.length, -1)
                    .contentType(contentType)
                    .build());
        } catch (Exception e) {
            LOG.warnf("Writing %s to the object store failed: %s", key, e.getMessage());
            throw unavailable();
        }
    }

    private static ApiException unavailable() {
        return ApiException.unavailable(
                ErrorCode.STORAGE_UNAVAILABLE,
                "Photos are unavailable for a moment; your text is safe. Try again shortly.");
    }
}
