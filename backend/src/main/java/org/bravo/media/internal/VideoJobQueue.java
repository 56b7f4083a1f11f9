package org.bravo.media.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The durable queue of videos to process, in PostgreSQL (see ADR 0006). A worker leases one due job at a time with
 * {@code FOR UPDATE SKIP LOCKED}, so two backends never pick the same video, and renews the lease while it works. If a
 * backend dies, its lease runs out and the job is due again: nothing is lost across restarts. Failures are retried with
 * a doubling delay.
 */
@ApplicationScoped
public class VideoJobQueue {
    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    VideoUploadConfig config;

    /** A leased job: which video, and how many times it has been tried, this one included. */
    public record Lease(UUID videoId, int attempt) {}

    /** Adds the video's job in the caller's transaction, due at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(UUID videoId) {
        em.createNativeQuery("insert into video_job (video_id, run_after) values (?1, ?2) on conflict do nothing")
                .setParameter(1, videoId)
                .setParameter(2, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /** Leases the oldest due job, if any; committed at once so other backends see the lease. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Lease> lease(String worker) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                update video_job set leased_until = ?1, leased_by = ?2, attempts = attempts + 1
                where video_id = (
                    select video_id from video_job
                    where run_after <= ?3 and (leased_until is null or leased_until < ?3)
                    order by run_after, video_id
                    limit 1
                    for update skip locked)
                returning video_id, attempts""")
                .setParameter(1, Timestamp.from(now.plus(config.lease())))
                .setParameter(2, worker)
                .setParameter(3, Timestamp.from(now))
                .getResultList();
        return rows.stream().findFirst().map(row -> new Lease((UUID) row[0], ((Number) row[1]).intValue()));
    }

    /** Extends a lease; false when this worker no longer holds it (it ran out and another backend took the job). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean renew(UUID videoId, String worker) {
        return em.createNativeQuery("update video_job set leased_until = ?1 where video_id = ?2 and leased_by = ?3")
                        .setParameter(1, Timestamp.from(clock.instant().plus(config.lease())))
                        .setParameter(2, videoId)
                        .setParameter(3, worker)
                        .executeUpdate()
                == 1;
    }

    /**
     * Gives the job back after a failure that may pass: due again after {@code retryDelay × 2^(attempt-1)}, at most an
     * hour. Returns false when the attempts are used up: the caller then fails the video for good.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean retryLater(Lease lease, String worker, String error) {
        if (lease.attempt() >= config.maxAttempts()) {
            return false;
        }
        em.createNativeQuery("""
                update video_job set leased_until = null, leased_by = null, run_after = ?1, last_error = ?2
                where video_id = ?3 and leased_by = ?4""")
                .setParameter(1, Timestamp.from(clock.instant().plus(backoff(lease.attempt()))))
                .setParameter(2, error.length() > 2000 ? error.substring(0, 2000) : error)
                .setParameter(3, lease.videoId())
                .setParameter(4, worker)
                .executeUpdate();
        return true;
    }

    Duration backoff(int attempt) {
        Duration delay = config.retryDelay().multipliedBy(1L << Math.min(attempt - 1, 20));
        return delay.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : delay;
    }

    /** Hands the job back untouched (this backend is stopping): due at once, the attempt not counted. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(Lease lease, String worker) {
        em.createNativeQuery("""
                update video_job set leased_until = null, leased_by = null, attempts = greatest(attempts - 1, 0)
                where video_id = ?1 and leased_by = ?2""")
                .setParameter(1, lease.videoId())
                .setParameter(2, worker)
                .executeUpdate();
    }

    /** Removes the job once its video is ready or failed for good, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean finish(UUID videoId, String worker) {
        return em.createNativeQuery("delete from video_job where video_id = ?1 and leased_by = ?2")
                        .setParameter(1, videoId)
                        .setParameter(2, worker)
                        .executeUpdate()
                == 1;
    }

    /** Drops a job whatever its state (its video was deleted). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(UUID videoId) {
        em.createNativeQuery("delete from video_job where video_id = ?1")
                .setParameter(1, videoId)
                .executeUpdate();
    }
}
