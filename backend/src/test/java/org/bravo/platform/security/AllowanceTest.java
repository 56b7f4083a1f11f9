package org.bravo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AllowanceTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void readsCountAndWindowInEachUnit() {
        assertThat(Allowance.of("30/10m")).isEqualTo(new Allowance(30, Duration.ofMinutes(10)));
        assertThat(Allowance.of(" 5 / 2h ")).isEqualTo(new Allowance(5, Duration.ofHours(2)));
        assertThat(Allowance.of("600/30s").window()).isEqualTo(Duration.ofSeconds(30));
        assertThat(Allowance.of("1/1d").window()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void refusesSpecsWithoutUnitOrWithZero() {
        assertThatThrownBy(() -> Allowance.of("30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allowance.of("30/10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allowance.of("0/10m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allowance.of("3/0s")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void admitsTheWholeCountAtOnceThenRefusesTheNext() {
        Allowance allowance = Allowance.of("30/10m");
        Instant tat = null;
        for (int i = 0; i < 30; i++) {
            assertThat(allowance.admits(tat, T0, 1)).as("request %d", i + 1).isTrue();
            tat = allowance.next(tat, T0, 1);
        }
        assertThat(allowance.admits(tat, T0, 1)).isFalse();
        // One unit comes back every 10 min / 30 = 20 s.
        assertThat(allowance.retryAfterSeconds(tat, T0, 1)).isEqualTo(20);
        assertThat(allowance.admits(tat, T0.plusSeconds(19), 1)).isFalse();
        assertThat(allowance.admits(tat, T0.plusSeconds(20), 1)).isTrue();
    }

    @Test
    void aSteadyPaceAtTheRefillRateIsNeverRefused() {
        Allowance allowance = Allowance.of("6/1m");
        Instant tat = null;
        for (int i = 0; i < 100; i++) {
            Instant now = T0.plusSeconds(10L * i);
            assertThat(allowance.admits(tat, now, 1)).isTrue();
            tat = allowance.next(tat, now, 1);
        }
    }

    @Test
    void neverAdmitsMoreThanCountPlusWhatCameBackOverAnyStretch() {
        Allowance allowance = Allowance.of("10/1m");
        Instant tat = null;
        int admitted = 0;
        // One attempt every second for five minutes: 10 at first, then one every 6 s.
        for (int s = 0; s < 300; s++) {
            Instant now = T0.plusSeconds(s);
            if (allowance.admits(tat, now, 1)) {
                tat = allowance.next(tat, now, 1);
                admitted++;
            }
        }
        assertThat(admitted).isEqualTo(10 + 299 / 6);
    }

    @Test
    void anOldCounterIsAWholeAllowance() {
        Allowance allowance = Allowance.of("3/1h");
        Instant longAgo = T0.minus(Duration.ofDays(2));
        assertThat(allowance.next(longAgo, T0, 3)).isEqualTo(allowance.next(null, T0, 3));
        assertThat(allowance.admits(longAgo, T0, 3)).isTrue();
    }

    @Test
    void aCostSpendsSeveralUnitsAndWaitsForAllOfThem() {
        Allowance allowance = Allowance.of("10/10m");
        Instant tat = allowance.next(null, T0, 8);
        assertThat(allowance.admits(tat, T0, 2)).isTrue();
        assertThat(allowance.admits(tat, T0, 3)).isFalse();
        // A third unit comes back after 60 s.
        assertThat(allowance.retryAfterSeconds(tat, T0, 3)).isEqualTo(60);
    }

    @Test
    void retryAfterRoundsUpToWholeSeconds() {
        Allowance allowance = Allowance.of("3/10s");
        Instant tat = allowance.next(null, T0, 3);
        // One unit every 3.333 s: the wait is rounded up, never down to zero.
        assertThat(allowance.retryAfterSeconds(tat, T0, 1)).isEqualTo(4);
        assertThat(allowance.retryAfterSeconds(tat, T0.plusMillis(3300), 1)).isEqualTo(1);
    }

    @Test
    void moreThanTheWholeAllowanceAtOnceNeverFits() {
        Allowance allowance = Allowance.of("5/1m");
        assertThat(allowance.fits(5)).isTrue();
        assertThat(allowance.fits(6)).isFalse();
    }
}
