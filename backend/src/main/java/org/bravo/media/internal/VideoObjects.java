package org.bravo.media.internal;

import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.UploadObjectArgs;
import io.minio.http.Method;
import io.minio.messages.Item;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Video files in the object store: what processing reads and writes, what playback signs, what clean-up lists. */
@ApplicationScoped
public class VideoObjects {
    static final String PREFIX = "videos/";
    private static final Logger LOG = Logger.getLogger(VideoObjects.class);

    private final MinioClient store;
    private final MinioClient signer;
    private final StorageConfig storage;

    @Inject
    public VideoObjects(MinioClient store, @Identifier("browser-facing") MinioClient signer, StorageConfig storage) {
        this.store = store;
        this.signer = signer;
        this.storage = storage;
    }

    static String playbackKey(UUID id) {
        return PREFIX + id + "/playback.mp4";
    }

    static String posterKey(UUID id) {
        return PREFIX + id + "/poster.jpg";
    }

    public void download(String key, Path target) throws Exception {
        try (InputStream in = store.getObject(
                GetObjectArgs.builder().bucket(storage.bucket()).object(key).build())) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A small stored file (a poster) for the backend to send itself. Opened before anything is written, so a missing
     * file or a store out of reach fails here, as an answer of its own, not as a response cut halfway.
     */
    public StreamingOutput open(String key) throws Exception {
        InputStream in = store.getObject(
                GetObjectArgs.builder().bucket(storage.bucket()).object(key).build());
        return out -> {
            try (in) {
                in.transferTo(out);
            }
        };
    }

    public void upload(Path file, String key, String contentType) throws Exception {
        store.uploadObject(UploadObjectArgs.builder()
                .bucket(storage.bucket())
                .object(key)
                .filename(file.toString())
                .contentType(contentType)
                .build());
    }

    public void delete(String key) throws Exception {
        store.removeObject(
                RemoveObjectArgs.builder().bucket(storage.bucket()).object(key).build());
    }

    /** Deletes each object it can; one the store refuses now is logged and left to the reconciliation job. */
    public void deleteEach(List<String> keys) {
        for (String key : keys) {
            try {
                delete(key);
            } catch (Exception e) {
                LOG.warnf("Could not delete %s now (%s); the reconciliation job will", key, e.getMessage());
            }
        }
    }

    /** A GET URL for browsers; the store answers range requests on it, so players can seek. */
    public String signedGet(String key, int seconds) throws Exception {
        return signer.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                .method(Method.GET)
                .bucket(storage.bucket())
                .object(key)
                .expiry(seconds, TimeUnit.SECONDS)
                .build());
    }

    public record StoredObject(String key, Instant lastModified, long size) {}

    /** Every object under a prefix, recursively. */
    public List<StoredObject> list(String prefix) throws Exception {
        List<StoredObject> objects = new ArrayList<>();
        for (Result<Item> result : store.listObjects(ListObjectsArgs.builder()
                .bucket(storage.bucket())
                .prefix(prefix)
                .recursive(true)
                .build())) {
            Item item = result.get();
            if (!item.isDir()) {
                objects.add(new StoredObject(
                        item.objectName(),
                        item.lastModified() == null
                                ? Instant.EPOCH
                                : item.lastModified().toInstant(),
                        item.size()));
            }
        }
        return objects;
    }
}
