package org.bravo.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.bravo.media.internal.UrlSigner.Audience;
import org.junit.jupiter.api.Test;

class UrlSignerTest {
    private static final Duration HOUR = Duration.ofHours(1);
    private final Instant now = Instant.parse("2026-11-23T10:15:00Z");
    private final UrlSigner signer = new UrlSigner(Optional.of("test-key"), Clock.fixed(now, ZoneOffset.UTC));

    private static String param(String url, String name) {
        for (String part : url.substring(url.indexOf('?') + 1).split("&")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static UrlSigner at(Instant instant, String key) {
        return new UrlSigner(Optional.of(key), Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aSignedUrlWorksForItsPathOnlyUntilItExpires() {
        String url = signer.sign("/api/v1/media/photos/abc", Audience.COLLEAGUES, HOUR);
        String exp = param(url, "exp");
        String sig = param(url, "sig");
        assertThat(param(url, "scope")).isNull();
        assertThat(signer.verify("/api/v1/media/photos/abc", exp, null, sig)).contains(Audience.COLLEAGUES);
        assertThat(signer.verify("/api/v1/media/photos/abd", exp, null, sig)).isEmpty();
        assertThat(signer.verify("/api/v1/media/photos/abc", String.valueOf(Long.parseLong(exp) + 3600), null, sig))
                .isEmpty();
        assertThat(signer.verify("/api/v1/media/photos/abc", exp, null, null)).isEmpty();
        // An hour and ten minutes at most: the lifetime rounded up to a sixth of it.
        assertThat(Long.parseLong(exp) - now.getEpochSecond()).isBetween(3600L, 4200L);
        assertThat(at(now.plus(Duration.ofMinutes(71)), "test-key").verify("/api/v1/media/photos/abc", exp, null, sig))
                .isEmpty();
        assertThat(at(now, "other").verify("/api/v1/media/photos/abc", exp, null, sig))
                .isEmpty();
    }

    @Test
    void aRestrictedUrlSaysSoAndCannotBeMadeFromAColleaguesOne() {
        String restricted = signer.sign("/p", Audience.RESTRICTED, HOUR);
        assertThat(param(restricted, "scope")).isEqualTo("restricted");
        assertThat(signer.verify("/p", param(restricted, "exp"), "restricted", param(restricted, "sig")))
                .contains(Audience.RESTRICTED);
        // Dropping the scope does not make it a colleagues' URL, nor adding one to a colleagues' URL a restricted one.
        assertThat(signer.verify("/p", param(restricted, "exp"), null, param(restricted, "sig")))
                .isEmpty();
        String colleagues = signer.sign("/p", Audience.COLLEAGUES, HOUR);
        assertThat(signer.verify("/p", param(colleagues, "exp"), "restricted", param(colleagues, "sig")))
                .isEmpty();
        assertThat(signer.verify("/p", param(colleagues, "exp"), "anything", param(colleagues, "sig")))
                .isEmpty();
    }

    @Test
    void urlsStayTheSameForAWhileSoBrowsersCacheThem() {
        Instant start = Instant.parse("2026-11-23T10:10:00Z");
        assertThat(at(start.plusSeconds(1), "test-key").sign("/x", Audience.COLLEAGUES, HOUR))
                .isEqualTo(at(start.plus(Duration.ofMinutes(10)), "test-key").sign("/x", Audience.COLLEAGUES, HOUR));
        assertThat(at(start.plus(Duration.ofMinutes(11)), "test-key").sign("/x", Audience.COLLEAGUES, HOUR))
                .isNotEqualTo(at(start, "test-key").sign("/x", Audience.COLLEAGUES, HOUR));
    }
}
