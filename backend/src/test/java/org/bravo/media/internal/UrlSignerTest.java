package org.bravo.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlSignerTest {
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

    @Test
    void aSignedUrlWorksForItsPathOnlyUntilItExpires() {
        String url = signer.sign("/api/v1/media/photos/abc");
        String exp = param(url, "exp");
        String sig = param(url, "sig");
        assertThat(signer.verify("/api/v1/media/photos/abc", exp, sig)).isTrue();
        assertThat(signer.verify("/api/v1/media/photos/abd", exp, sig)).isFalse();
        assertThat(signer.verify("/api/v1/media/photos/abc", String.valueOf(Long.parseLong(exp) + 3600), sig))
                .isFalse();
        assertThat(signer.verify("/api/v1/media/photos/abc", exp, null)).isFalse();
        UrlSigner later = new UrlSigner(Optional.of("test-key"),
                Clock.fixed(now.plus(Duration.ofHours(14)), ZoneOffset.UTC));
        assertThat(later.verify("/api/v1/media/photos/abc", exp, sig)).isFalse();
        UrlSigner otherKey = new UrlSigner(Optional.of("other"), Clock.fixed(now, ZoneOffset.UTC));
        assertThat(otherKey.verify("/api/v1/media/photos/abc", exp, sig)).isFalse();
    }

    @Test
    void urlsStayTheSameWithinTheHourSoBrowsersCacheThem() {
        UrlSigner fiveMinutesLater = new UrlSigner(Optional.of("test-key"),
                Clock.fixed(now.plus(Duration.ofMinutes(5)), ZoneOffset.UTC));
        assertThat(fiveMinutesLater.sign("/x")).isEqualTo(signer.sign("/x"));
    }
}
