package org.bravo.media.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bravo.media.VideoUploadRequests;
import org.bravo.media.VideoUploadView;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.web.RequestBodies;

/**
 * Resumable video uploads straight from the browser to the object store: the backend opens an S3 multipart upload,
 * signs one URL per part, lists the parts already stored so a client can resume, and checks completion (the parts are
 * assembled by the processing job) or aborts. The bytes never pass through the backend. This class holds the rules
 * (who, how large, how many at once, which parts); {@link MultipartUploads} makes the store's calls.
 */
@ApplicationScoped
public class VideoUploadService {
    private static final String UPLOADING = Video.UPLOADING;
    private static final int MAX_NAME = 255;

    @Inject
    VideoRepository videos;

    @Inject
    MultipartUploads store;

    @Inject
    VideoUploadConfig limits;

    @Inject
    Clock clock;

    @Inject
    VideoJobQueue jobs;

    @Transactional
    public VideoUploadView start(VideoUploadRequests.Start request, String owner) {
        VideoUploadRequests.Start body = RequestBodies.orEmpty(request, VideoUploadRequests.Start::empty);
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
        video.uploadId = store.open(video.originalKey);
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
        String url = store.signPart(video, partNumber, seconds);
        return new VideoUploadView.PartUrl(partNumber, url, clock.instant().plusSeconds(seconds));
    }

    /** The upload with the parts the store already holds: what a client needs to resume. */
    public VideoUploadView status(UUID id, String owner) {
        Video video = requireOwned(id, owner);
        return view(video, UPLOADING.equals(video.status) ? store.storedParts(video) : List.of());
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
        List<VideoUploadView.StoredPart> stored = store.storedParts(video);
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

    private static String unquoted(String etag) {
        return etag == null ? "" : etag.replace("\"", "").strip();
    }

    @Transactional
    public void abort(UUID id, String owner) {
        Video video = requireUploading(id, owner);
        store.abort(video);
        video.status = Video.ABORTED;
        video.completedAt = clock.instant();
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
}
