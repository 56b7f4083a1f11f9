package org.bravo.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "{@code count} per {@code window}", written {@code 30/10m}: a person may spend {@code count} at once, and one unit
 * comes back every {@code window / count} (the generic cell rate algorithm, GCRA). Compared with counting per fixed
 * window, it never admits twice the allowance across a window's edge, and its whole state is one instant per person
 * and kind: the theoretical arrival time ({@code tat}), when the allowance will be whole again.
 *
 * <p>{@link RateLimiter} runs {@link #admits} and {@link #next} as one SQL statement; these methods are their
 * reference, which the unit tests check.
 */
public record Allowance(int count, Duration window) {
    private static final Pattern SPEC = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*(s|m|h|d)\\s*");

    public Allowance {
        if (count < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("An allowance needs a count and a window above zero");
        }
    }

    /** Parses {@code 30/10m}: a count, a slash, a number and a unit among s, m, h and d. */
    public static Allowance of(String spec) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("Expected <count>/<number><s|m|h|d>, e.g. 30/10m, not: " + spec);
        }
        long amount = Long.parseLong(m.group(2));
        Duration window = switch (m.group(3)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return new Allowance(Integer.parseInt(m.group(1)), window);
    }

    /** Time for one unit to come back, in microseconds (PostgreSQL's precision). */
    public long intervalMicros() {
        return Math.max(1, windowMicros() / count);
    }

    public long windowMicros() {
        return window.toNanos() / 1_000;
    }

    /** What spending {@code cost} units moves the theoretical arrival time by. */
    public long incrementMicros(int cost) {
        return intervalMicros() * cost;
    }

    /** Whether {@code cost} units could ever be spent at once: never when they exceed the whole allowance. */
    public boolean fits(int cost) {
        return incrementMicros(cost) <= windowMicros();
    }

    /** Whether {@code cost} units may be spent at {@code now}, given the stored {@code tat} (null: none stored). */
    public boolean admits(Instant tat, Instant now, int cost) {
        return !next(tat, now, cost).isAfter(now.plus(micros(windowMicros())));
    }

    /** The theoretical arrival time after spending {@code cost} units at {@code now}. */
    public Instant next(Instant tat, Instant now, int cost) {
        Instant from = tat == null || tat.isBefore(now) ? now : tat;
        return from.plus(micros(incrementMicros(cost)));
    }

    /** Whole seconds to wait before {@code cost} units are admitted again: at least one, rounded up. */
    public long retryAfterSeconds(Instant tat, Instant now, int cost) {
        if (!fits(cost)) {
            return Math.max(1, window.toSeconds());
        }
        Duration wait = Duration.between(now.plus(micros(windowMicros())), next(tat, now, cost));
        if (wait.isNegative() || wait.isZero()) {
            return 1;
        }
        long seconds = wait.toSeconds();
        return Math.max(1, wait.minusSeconds(seconds).isZero() ? seconds : seconds + 1);
    }

    private static Duration micros(long micros) {
        return Duration.ofNanos(micros * 1_000);
    }

    @Override
    public String toString() {
        return count + "/" + window;
    }
}
