package org.bravo.media;

import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.bravo.media.internal.UrlSigner;
import org.bravo.media.internal.UrlSigner.Audience;

/**
 * The signature a media URL carries in its query: browsers fetch images, films and captions without a token, so the
 * signed URL is the permission. Until when, for whom, and the signature over the path and both.
 */
public class SignedUrl {
    @QueryParam("exp")
    public String exp;

    @QueryParam("scope")
    public String scope;

    @QueryParam("sig")
    public String sig;

    /** Whom the URL of {@code path} was signed for; empty when the signature is wrong or expired. */
    Optional<Audience> verify(UrlSigner signer, String path) {
        return signer.verify(path, exp, scope, sig);
    }
}
