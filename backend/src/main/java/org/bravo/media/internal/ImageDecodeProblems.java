package org.bravo.media.internal;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers an upload that found no room to decode its photo: 503 problem+json with a Retry-After header. */
public class ImageDecodeProblems {
    /** Stable code: the web app retries the upload after {@code Retry-After} seconds. */
    @ServerExceptionMapper
    public Response busy(ImageDecodeBudget.Busy e, UriInfo uri) {
        Response problem = ProblemMappers.respond(
                503,
                ErrorCode.IMAGE_PROCESSING_BUSY,
                "Temporarily unavailable",
                e.getMessage(),
                uri,
                List.of(),
                Map.of("retryAfterSeconds", ImageDecodeBudget.RETRY_AFTER_SECONDS));
        return Response.fromResponse(problem)
                .header(HttpHeaders.RETRY_AFTER, ImageDecodeBudget.RETRY_AFTER_SECONDS)
                .build();
    }
}
