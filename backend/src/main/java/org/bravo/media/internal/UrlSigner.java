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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Signs media URLs. Browsers load images with plain {@code <img>} requests that carry no bearer token, so a photo URL
 * carries its own short-lived proof instead: only someone who was shown the post got it, and it stops working after
 * a few hours. Expiry is rounded to the hour so that URLs stay identical for a while and browser caches work.
 */
@ApplicationScoped
public class UrlSigner {
    private static final Logger LOG = Logger.getLogger(UrlSigner.class);
    static final Duration VALIDITY = Duration.ofHours(12);

    private final byte[] key;
    private final Clock clock;

    @Inject
    public UrlSigner(@ConfigProperty(name = "bravo.media.signing-key") Optional<String> configured, Clock clock) {
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

    /** {@code path?exp=…&sig=…} valid for about {@link #VALIDITY}. */
    public String sign(String path) {
        long hour = 3600;
        long expires = ((clock.instant().plus(VALIDITY).getEpochSecond() / hour) + 1) * hour;
        return path + "?exp=" + expires + "&sig=" + signature(path, expires);
    }

    public boolean verify(String path, String expires, String signature) {
        if (expires == null || signature == null) {
            return false;
        }
        long exp;
        try {
            exp = Long.parseLong(expires);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Instant.ofEpochSecond(exp).isBefore(clock.instant())) {
            return false;
        }
        return MessageDigest.isEqual(signature(path, exp).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
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

    private String signature(String path, long expires) {
        byte[] digest = macs.get().doFinal((path + "|" + expires).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
