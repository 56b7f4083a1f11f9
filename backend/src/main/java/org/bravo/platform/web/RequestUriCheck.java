package org.bravo.platform.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before any endpoint is chosen, an address whose path or query PostgreSQL could not store or compare: a NUL
 * character, a broken percent-escape, or bytes that are not UTF-8 (lone UTF-16 surrogates included). Without it such a
 * value reaches a query as an id, a filter or a cursor and the database fails with a 500 instead of a 400.
 */
public class RequestUriCheck {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseUnreadableUri(HttpServerRequest request) {
        return problem(request.uri())
                .map(detail -> ProblemMappers.respond(
                        400,
                        ErrorCode.INVALID_CHARACTERS,
                        // No instance member: the address is what is wrong, echoing it would echo its NUL.
                        "Malformed request",
                        detail,
                        null,
                        List.of(),
                        Map.of()));
    }

    /** Why {@code rawUri} (path and query, as sent) cannot be read, if it cannot. */
    static Optional<String> problem(String rawUri) {
        ByteBuffer bytes = ByteBuffer.allocate(rawUri.length());
        for (int i = 0; i < rawUri.length(); i++) {
            char c = rawUri.charAt(i);
            if (c == '%') {
                int high = i + 2 < rawUri.length() ? Character.digit(rawUri.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(rawUri.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    return Optional.of("The address has a '%' that is not followed by two hexadecimal digits.");
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else if (c > 0xff) {
                // The HTTP layer hands the request line over byte by byte; anything wider was never sent as such.
                return Optional.of("The address contains characters that are not allowed.");
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            // Java's decoder also refuses encoded UTF-16 surrogates (ED A0 80…), which are not UTF-8 either.
            return Optional.of("The address is not valid UTF-8 once its percent-escapes are decoded.");
        }
        if (decoded.indexOf('\0') >= 0) {
            return Optional.of("The address contains a NUL character, which no value may contain.");
        }
        return Optional.empty();
    }
}
