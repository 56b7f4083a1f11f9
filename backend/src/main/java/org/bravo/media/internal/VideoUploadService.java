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
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.bravo.media.VideoUploadRequests;
import org.bravo.media.VideoUploadView;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;

/**
 * Resumable video uploads straight from the browser to the object store: the backend opens an S3 multipart upload,
 * signs one URL per part, lists the parts already stored so a client can resume, and checks completion (the parts are
 * assembled by the processing job) or aborts. The bytes never pass through the backend.
 */
@ApplicationScoped
public class VideoUploadService {
    private static final String UPLOADING = Video.UPLOADING;
    private static final int MAX_NAME = 255;
    private static final int STORE_TIMEOUT_SECONDS = 20;
    /** Assembling copies the whole file on some stores: minutes for 4 GB on a slow disk. */
    private static final int ASSEMBLY_TIMEOUT_MINUTES = 15;

    private final VideoRepository videos;
    private final MinioAsyncClient store;
    private final MinioClient signer;
    private final StorageConfig storage;
    private final VideoUploadConfig limits;
    private final Clock clock;
    private final VideoJobQueue jobs;

    @Inject
    public VideoUploadService(
            VideoRepository videos,
            MinioAsyncClient store,
            @Identifier("browser-facing") MinioClient signer,
            StorageConfig storage,
            VideoUploadConfig limits,
            Clock clock,
            VideoJobQueue jobs) {
        this.jobs = jobs;
        this.videos = videos;
        this.store = store;
        this.signer = signer;
        this.storage = storage;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional
    public VideoUploadView start(VideoUploadRequests.Start request, String owner) {
        VideoUploadRequests.Start body = request == null ? new VideoUploadRequests.Start(null, null, null) : request;
        String name = body.fileName() == null ? null : body.fileName().strip();
        FieldErrors errors = new FieldErrors()
                .required("fileName", name)
                .maxLength("fileName", name, MAX_NAME)
                .required("size", body.size())
                .maxLength("contentType", body.contentType(), 100);
        if (body.size() != null && body.size() <= 0) {
            errors.add("size", FieldCode.INVALID, "The size of the file, in bytes.");
        }
        errors.throwIfAny();
        if (body.size() > limits.maxBytes()) {
            // Refused before the first byte: nobody waits twenty minutes to learn the file was too big.
            throw new ApiException(
                    413,
                    ErrorCode.VIDEO_TOO_LARGE,
                    "Payload Too Large",
                    "Videos up to " + limits.maxBytes() / (1024 * 1024) + " MB; this one is "
                            + body.size() / (1024 * 1024) + " MB.");
        }
        // Serializes one person's concurrent starts, so the quota cannot be overrun by parallel requests.
        videos.getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "video-upload:" + owner)
                .getSingleResult();
        long inProgress = videos.count("ownerSubject = ?1 and status = ?2", owner, UPLOADING);
        if (inProgress >= limits.maxConcurrentUploads()) {
            throw new ApiException(
                    429,
                    ErrorCode.TOO_MANY_UPLOADS,
                    "Too Many Requests",
                    "Finish or cancel one of your " + inProgress + " uploads in progress first.");
        }
        Video video = new Video();
        video.id = UUID.randomUUID();
        video.ownerSubject = owner;
        video.status = UPLOADING;
        video.fileName = name;
        video.declaredType = body.contentType();
        video.sizeBytes = body.size();
        video.partSize = body.size() > limits.largeFileBytes() ? limits.largePartSize() : limits.partSize();
        video.originalKey = "videos/" + video.id + "/original";
        video.createdAt = clock.instant();
        video.uploadId = await(() -> store.createMultipartUploadAsync(
                        storage.bucket(), storage.region(), video.originalKey, null, null))
                .result()
                .uploadId();
        videos.persist(video);
        return view(video, List.of());
    }

    public VideoUploadView.PartUrl signPart(UUID id, int partNumber, String owner) {
        Video video = requireUploading(id, owner);
        if (partNumber < 1 || partNumber > video.partCount()) {
            new FieldErrors()
                    .add("partNumber", FieldCode.INVALID, "Between 1 and " + video.partCount() + ".")
                    .throwIfAny();
        }
        int seconds = (int) limits.partUrlLifetime().toSeconds();
        try {
            String url = signer.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                    .method(Method.PUT)
                    .bucket(storage.bucket())
                    .object(video.originalKey)
                    .extraQueryParams(Map.of("uploadId", video.uploadId, "partNumber", String.valueOf(partNumber)))
                    .expiry(seconds, TimeUnit.SECONDS)
                    .build());
            return new VideoUploadView.PartUrl(partNumber, url, clock.instant().plusSeconds(seconds));
        } catch (Exception e) {
            throw unavailable();
        }
    }

    /** The upload with the parts the store already holds: what a client needs to resume. */
    public VideoUploadView status(UUID id, String owner) {
        Video video = requireOwned(id, owner);
        return view(video, UPLOADING.equals(video.status) ? storedParts(video) : List.of());
    }

    @Transactional
    public VideoUploadView complete(UUID id, VideoUploadRequests.Complete request, String owner) {
        Video video = requireUploading(id, owner);
        List<VideoUploadRequests.UploadedPart> parts =
                request == null || request.parts() == null ? List.of() : request.parts();
        FieldErrors errors = new FieldErrors();
        Set<Integer> numbers = new HashSet<>();
        for (VideoUploadRequests.UploadedPart part : parts) {
            if (part == null
                    || part.partNumber() == null
                    || part.etag() == null
                    || part.etag().isBlank()
                    || !numbers.add(part.partNumber())) {
                errors.add("parts", FieldCode.INVALID, "Each part once, with its number and ETag.");
                break;
            }
        }
        if (errors.isEmpty() && numbers.size() != video.partCount()) {
            errors.add(
                    "parts",
                    FieldCode.INVALID,
                    "Expected " + video.partCount() + " parts, got " + numbers.size() + ".");
        }
        errors.throwIfAny();
        List<VideoUploadView.StoredPart> stored = storedParts(video);
        long total = stored.stream().mapToLong(VideoUploadView.StoredPart::size).sum();
        if (stored.size() != video.partCount() || total != video.sizeBytes) {
            throw new ApiException(
                    409,
                    ErrorCode.UPLOAD_INCOMPLETE,
                    "Conflict",
                    "The store holds " + stored.size() + " of " + video.partCount() + " parts (" + total + " of "
                            + video.sizeBytes + " bytes): send the rest.");
        }
        // What the store would check when assembling: each part is the one the client sent last.
        Map<Integer, String> etags = new HashMap<>();
        stored.forEach(part -> etags.put(part.partNumber(), unquoted(part.etag())));
        for (VideoUploadRequests.UploadedPart part : parts) {
            if (!unquoted(part.etag()).equals(etags.get(part.partNumber()))) {
                throw new ApiException(
                        409,
                        ErrorCode.UPLOAD_INCOMPLETE,
                        "Conflict",
                        "Part " + part.partNumber()
                                + " in the store is not the one sent: list the stored parts and send it again.");
            }
        }
        // The parts are assembled by the processing job, not here: a store copies gigabytes when assembling, and
        // the uploader should not wait for that (nor see a timeout when it takes long).
        video.status = Video.PROCESSING;
        video.progress = 0;
        video.completedAt = clock.instant();
        // Same transaction as the status: a completed upload always has its job, and a job never names an upload
        // that is not complete.
        jobs.enqueue(video.id);
        return view(video, List.of());
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

    private static String unquoted(String etag) {
        return etag == null ? "" : etag.replace("\"", "").strip();
    }

    @Transactional
    public void abort(UUID id, String owner) {
        Video video = requireUploading(id, owner);
        await(() -> store.abortMultipartUploadAsync(
                storage.bucket(), storage.region(), video.originalKey, video.uploadId, null, null));
        video.status = Video.ABORTED;
        video.completedAt = clock.instant();
    }

    private List<VideoUploadView.StoredPart> storedParts(Video video) {
        ListPartsResponse response = await(() -> store.listPartsAsync(
                storage.bucket(), storage.region(), video.originalKey, 10_000, null, video.uploadId, null, null));
        List<VideoUploadView.StoredPart> parts = new ArrayList<>();
        for (Part part : response.result().partList()) {
            parts.add(new VideoUploadView.StoredPart(part.partNumber(), part.etag(), part.partSize()));
        }
        parts.sort(Comparator.comparingInt(VideoUploadView.StoredPart::partNumber));
        return parts;
    }

    /** Someone else's upload answers 404, like a missing one. */
    private Video requireOwned(UUID id, String owner) {
        Video video = videos.findById(id);
        if (video == null || !video.ownerSubject.equals(owner)) {
            throw ApiException.notFound(ErrorCode.VIDEO_NOT_FOUND, "No video upload " + id + " here.");
        }
        return video;
    }

    private Video requireUploading(UUID id, String owner) {
        Video video = requireOwned(id, owner);
        if (!UPLOADING.equals(video.status)) {
            throw new ApiException(
                    409, ErrorCode.UPLOAD_FINISHED, "Conflict", "This upload is already " + video.status + ".");
        }
        return video;
    }

    private static VideoUploadView view(Video video, List<VideoUploadView.StoredPart> parts) {
        return new VideoUploadView(
                video.id.toString(),
                video.status,
                video.fileName,
                video.sizeBytes,
                video.partSize,
                video.partCount(),
                video.createdAt,
                parts);
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
