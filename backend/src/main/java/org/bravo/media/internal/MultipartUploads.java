package org.bravo.media.internal;

import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListPartsResponse;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import io.minio.messages.Part;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.bravo.media.VideoUploadView;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;

/**
 * The object store's side of a video upload: the S3 multipart upload a browser sends its parts to, from opening it to
 * assembling or dropping its parts. A call made for a request that the store refuses or does not answer in time is a
 * 503 with nothing changed, so the request can be repeated.
 */
@ApplicationScoped
public class MultipartUploads {
    private static final int STORE_TIMEOUT_SECONDS = 20;
    /** Assembling copies the whole file on some stores: minutes for 4 GB on a slow disk. */
    private static final int ASSEMBLY_TIMEOUT_MINUTES = 15;

    @Inject
    MinioAsyncClient store;

    @Inject
    @Identifier("browser-facing")
    MinioClient signer;

    @Inject
    StorageConfig storage;

    /** Opens a multipart upload of {@code key}; returns its upload id. */
    String open(String key) {
        return await(() -> store.createMultipartUploadAsync(storage.bucket(), storage.region(), key, null, null))
                .result()
                .uploadId();
    }

    /** A URL the browser sends one part to, without credentials of its own. */
    String signPart(Video video, int partNumber, int seconds) {
        try {
            return signer.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                    .method(Method.PUT)
                    .bucket(storage.bucket())
                    .object(video.originalKey)
                    .extraQueryParams(Map.of("uploadId", video.uploadId, "partNumber", String.valueOf(partNumber)))
                    .expiry(seconds, TimeUnit.SECONDS)
                    .build());
        } catch (Exception e) {
            throw unavailable();
        }
    }

    /** The parts the store holds, by number. */
    List<VideoUploadView.StoredPart> storedParts(Video video) {
        ListPartsResponse response = await(() -> store.listPartsAsync(
                storage.bucket(), storage.region(), video.originalKey, 10_000, null, video.uploadId, null, null));
        List<VideoUploadView.StoredPart> parts = new ArrayList<>();
        for (Part part : response.result().partList()) {
            parts.add(new VideoUploadView.StoredPart(part.partNumber(), part.etag(), part.partSize()));
        }
        parts.sort(Comparator.comparingInt(VideoUploadView.StoredPart::partNumber));
        return parts;
    }

    /** Drops the parts for the person who cancels: a refusal is theirs to retry. */
    void abort(Video video) {
        await(() -> store.abortMultipartUploadAsync(
                storage.bucket(), storage.region(), video.originalKey, video.uploadId, null, null));
    }

    /**
     * Assembles the stored parts of a completed upload into its original: the first step of processing. Repeatable: an
     * original assembled by an earlier attempt is kept as it is.
     */
    public void assemble(Video video) throws Exception {
        if (exists(video.originalKey)) {
            return;
        }
        ListPartsResponse listed = store.listPartsAsync(
                        storage.bucket(), storage.region(), video.originalKey, 10_000, null, video.uploadId, null, null)
                .get(STORE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Part[] sorted = listed.result().partList().stream()
                .sorted(Comparator.comparingInt(Part::partNumber))
                .map(part -> new Part(part.partNumber(), part.etag()))
                .toArray(Part[]::new);
        store.completeMultipartUploadAsync(
                        storage.bucket(), storage.region(), video.originalKey, video.uploadId, sorted, null, null)
                .get(ASSEMBLY_TIMEOUT_MINUTES, TimeUnit.MINUTES);
    }

    /** Drops the parts of an upload that will never be assembled (its video was deleted or failed). */
    public void abandonParts(Video video) {
        if (video.uploadId == null) {
            return;
        }
        try {
            store.abortMultipartUploadAsync(
                            storage.bucket(), storage.region(), video.originalKey, video.uploadId, null, null)
                    .get(STORE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Usually already assembled (no such upload any more); otherwise the store's own expiry of
            // incomplete uploads, or the next clean-up, removes the parts.
        }
    }

    private boolean exists(String key) throws Exception {
        try {
            store.statObject(StatObjectArgs.builder()
                            .bucket(storage.bucket())
                            .object(key)
                            .build())
                    .get(STORE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            // The async client wraps the store's answer in a CompletionException.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ErrorResponseException error
                        && "NoSuchKey".equals(error.errorResponse().code())) {
                    return false;
                }
            }
            throw e;
        }
    }

    interface StoreCall<T> {
        CompletableFuture<T> start() throws Exception;
    }

    private static <T> T await(StoreCall<T> call) {
        try {
            return call.start().get(STORE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (Exception e) {
            // The store refused, timed out or could not be reached: the upload row is untouched, the call can be
            // repeated.
            throw unavailable();
        }
    }

    private static ApiException unavailable() {
        return ApiException.unavailable(
                ErrorCode.STORAGE_UNAVAILABLE,
                "Video uploads are unavailable for a moment; nothing was lost. Try again shortly.");
    }
}
