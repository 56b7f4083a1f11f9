package org.bravo.platform.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;

/**
 * A person spent their allowance: 429 {@code TOO_MANY_REQUESTS} with the wait in seconds, both as the
 * {@code Retry-After} header and as the {@code retryAfter} member, and the kind as {@code limit}.
 */
public class RateLimitExceeded extends ApiException {
    private final long retryAfterSeconds;

    public RateLimitExceeded(RateLimit kind, long retryAfterSeconds) {
        super(
                429,
                ErrorCode.TOO_MANY_REQUESTS,
                "Too many requests",
                "Too many " + kind.what() + " in a short time. Try again in " + retryAfterSeconds + " s.",
                List.of(),
                members(kind, retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static Map<String, Object> members(RateLimit kind, long retryAfterSeconds) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("limit", kind.key());
        members.put("retryAfter", retryAfterSeconds);
        return members;
    }
}
