package org.bravo.media.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Signs media URLs. Browsers load images, posters, caption tracks and films with plain requests that carry no bearer
 * token, so such a URL carries its own short-lived proof instead: only someone who was shown the content got it.
 * <p>
 * A URL names its {@link Audience}. One made for {@link Audience#COLLEAGUES} works only while the content it shows is
 * visible to every colleague: a hide, a hold for review or a deletion stops it at once, signature or not. One made for
 * content colleagues cannot see (a draft, a hidden post shown to its author or a moderator, a photo not yet attached)
 * is {@link Audience#RESTRICTED}: it was only ever handed to someone allowed to see the content, and it lives until
 * it expires. Expiry is rounded up to a sixth of the lifetime so that URLs stay identical for a while and browser
 * caches work.
 */
@ApplicationScoped
public class UrlSigner {
    private static final Logger LOG = Logger.getLogger(UrlSigner.class);
    private static final String RESTRICTED = "restricted";

    /** Who a signed URL was made for. */
    public enum Audience {
        /** Any colleague: the URL works while the content is visible to everyone. */
        COLLEAGUES,
        /** Only someone allowed to see content that colleagues cannot (its author, a moderator). */
        RESTRICTED
    }

    private final byte[] key;
    private final Clock clock;

    @Inject
    UrlSigner(MediaConfig config, Clock clock) {
        this(config.signingKey(), clock);
    }

    /** {@code configured}: the shared key, or empty to make one at start; unit tests give theirs here. */
    UrlSigner(Optional<String> configured, Clock clock) {
        this.clock = clock;
        if (configured.isPresent() && !configured.get().isBlank()) {
            this.key = configured.get().getBytes(StandardCharsets.UTF_8);
        } else {
            // Fine for one instance; several instances must share BRAVO_MEDIA_SIGNING_KEY or their URLs differ.
            this.key = new byte[32];
            new SecureRandom().nextBytes(key);
            LOG.info("No bravo.media.signing-key set: media URLs are signed with a key made at start");
        }
    }

    /** {@code path?exp=…[&scope=restricted]&sig=…}, valid for at least {@code validity}. */
    public String sign(String path, Audience audience, Duration validity) {
        long step = Math.max(1, validity.toSeconds() / 6);
        long expires = ((clock.instant().plus(validity).getEpochSecond() + step - 1) / step) * step;
        String scope = audience == Audience.RESTRICTED ? RESTRICTED : null;
        return path + "?exp=" + expires + (scope == null ? "" : "&scope=" + scope) + "&sig="
                + signature(path, expires, scope);
    }

    /** Who the URL was made for, or empty when its signature is wrong or it has expired. */
    public Optional<Audience> verify(String path, String expires, String scope, String signature) {
        if (expires == null || signature == null || (scope != null && !RESTRICTED.equals(scope))) {
            return Optional.empty();
        }
        long exp;
        try {
            exp = Long.parseLong(expires);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (Instant.ofEpochSecond(exp).isBefore(clock.instant())) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(
                signature(path, exp, scope).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(scope == null ? Audience.COLLEAGUES : Audience.RESTRICTED);
    }

    /** One initialised Mac per thread: a feed page signs twenty URLs. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private String signature(String path, long expires, String scope) {
        // The scope is signed too: a colleague's URL cannot be turned into a restricted one.
        String signed = path + "|" + expires + (scope == null ? "" : "|" + scope);
        byte[] digest = macs.get().doFinal(signed.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
