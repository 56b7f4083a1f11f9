package org.bravo.platform.security;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.jboss.logging.Logger;

/**
 * Per-person counters kept in PostgreSQL, so that every backend behind the load balancer spends the same allowance.
 * A limited request costs one statement, run outside any transaction (before the endpoint's own), so a refused
 * request writes nothing and an admitted one holds the counter's row lock only for that statement. The arithmetic is
 * {@link Allowance}'s, on the database's clock so that backends with drifting clocks agree.
 */
@ApplicationScoped
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    /*
     * Spends the cost when the allowance admits it: a new row is a whole allowance; an existing one is updated only
     * when greatest(tat, now) + increment <= now + window (Allowance.admits). No row back means refused.
     */
    private static final String TAKE = """
            insert into rate_limit as r (subject, kind, tat)
            values (?, ?, now() + ? * interval '1 microsecond')
            on conflict (subject, kind) do update
                set tat = greatest(r.tat, now()) + ? * interval '1 microsecond'
                where greatest(r.tat, now()) + ? * interval '1 microsecond' <= now() + ? * interval '1 microsecond'
            returning tat""";
    private static final String STATE = "select tat, now() from rate_limit where subject = ? and kind = ?";
    private static final String PURGE = "delete from rate_limit where tat < now()";

    /** Whether a request was admitted; when refused, how many seconds to wait. */
    public record Decision(boolean admitted, long retryAfterSeconds) {
        static final Decision ADMITTED = new Decision(true, 0);
    }

    @Inject
    DataSource dataSource;

    @Inject
    RateLimitConfig config;

    /** Spends {@code cost} units of the person's allowance for the kind, if it admits them. */
    public Decision take(String subject, RateLimit kind, int cost) {
        if (!config.enabled() || cost <= 0) {
            return Decision.ADMITTED;
        }
        return take(subject, kind.key(), allowance(kind), cost);
    }

    /** As {@link #take(String, RateLimit, int)}, throwing the 429 problem when refused. */
    public void charge(String subject, RateLimit kind, int cost) {
        Decision decision = take(subject, kind, cost);
        if (!decision.admitted()) {
            throw new RateLimitExceeded(kind, decision.retryAfterSeconds());
        }
    }

    /** The counter itself, for any name and allowance (tests use their own). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Decision take(String subject, String kind, Allowance allowance, int cost) {
        if (!allowance.fits(cost)) {
            return new Decision(false, allowance.retryAfterSeconds(null, Instant.now(), cost));
        }
        try (Connection connection = dataSource.getConnection()) {
            long increment = allowance.incrementMicros(cost);
            try (PreparedStatement take = connection.prepareStatement(TAKE)) {
                take.setString(1, subject);
                take.setString(2, kind);
                take.setLong(3, increment);
                take.setLong(4, increment);
                take.setLong(5, increment);
                take.setLong(6, allowance.windowMicros());
                try (ResultSet admitted = take.executeQuery()) {
                    if (admitted.next()) {
                        return Decision.ADMITTED;
                    }
                }
            }
            // Refused: a second, read-only statement, on this path only, says how long to wait.
            try (PreparedStatement state = connection.prepareStatement(STATE)) {
                state.setString(1, subject);
                state.setString(2, kind);
                try (ResultSet row = state.executeQuery()) {
                    if (!row.next()) {
                        return new Decision(false, 1);
                    }
                    Instant tat = row.getTimestamp(1).toInstant();
                    Instant now = row.getTimestamp(2).toInstant();
                    return new Decision(false, allowance.retryAfterSeconds(tat, now, cost));
                }
            }
        } catch (SQLException e) {
            LOG.errorf(e, "Rate limit check failed for %s", kind);
            throw ApiException.unavailable(
                    ErrorCode.RATE_LIMIT_UNAVAILABLE,
                    "Bravo cannot check its limits right now: try again in a moment.");
        }
    }

    public Allowance allowance(RateLimit kind) {
        return switch (kind) {
            case POSTS -> config.posts();
            case ENTRIES -> config.entries();
            case COMMENTS -> config.comments();
            case REPORTS -> config.reports();
            case MENTIONS -> config.mentions();
            case UPLOADS -> config.uploads();
            case SEARCH -> config.search();
        };
    }

    @Scheduled(
            every = "${bravo.rate-limit.purge-every:10m}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        try {
            LOG.debugf("Purged %d rate limit counters", purgeExpired());
        } catch (SQLException e) {
            LOG.warnf("Could not purge rate limit counters: %s", e.getMessage());
        }
    }

    /**
     * Deletes the counters past their arrival time; returns how many. Such a counter is a whole allowance, exactly as
     * a missing row: deleting it changes no decision. Every backend may run it; one run finds nothing left.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int purgeExpired() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement purge = connection.prepareStatement(PURGE)) {
            return purge.executeUpdate();
        }
    }
}
