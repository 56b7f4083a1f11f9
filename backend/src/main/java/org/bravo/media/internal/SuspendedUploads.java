package org.bravo.media.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.bravo.media.VideoFailure;
import org.bravo.moderation.PersonSuspended;

/**
 * A suspended person's uploads in progress stop: marked aborted with the suspension (their part URLs are refused
 * from then on, as every write of theirs is), and their parts freed in the store once it commits.
 */
@ApplicationScoped
public class SuspendedUploads {
    @Inject
    VideoRepository videos;

    @Inject
    MultipartUploads uploads;

    @Inject
    AfterCommit afterCommit;

    @Inject
    Clock clock;

    void onSuspended(@Observes PersonSuspended suspension) {
        List<Video> inProgress =
                videos.list("ownerSubject = ?1 and status = ?2", suspension.subject(), Video.UPLOADING);
        for (Video video : inProgress) {
            video.status = Video.ABORTED;
            video.completedAt = clock.instant();
            video.failureReason = "Stopped: the account was suspended.";
            video.failureCode = VideoFailure.ACCOUNT_SUSPENDED;
        }
        if (inProgress.isEmpty()) {
            return;
        }
        afterCommit.run(() -> inProgress.forEach(uploads::abandonParts));
    }
}
