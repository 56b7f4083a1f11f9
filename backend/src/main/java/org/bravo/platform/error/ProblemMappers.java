package org.bravo.platform.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem+json. Nothing internal leaks: no stack trace, no class name;
 * an unexpected error gets an id that is logged with its stack trace so support can find it.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return respond(e.status(), e.code(), e.title(), e.getMessage(), uri, e.errors(), e.extensions());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return challenge(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return challenge(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, ErrorCode.FORBIDDEN, "Forbidden", "Your role does not allow this action.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::fieldError)
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(422, ErrorCode.VALIDATION_FAILED, "Invalid input", "Some fields are invalid.", uri, errors);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return notJson(uri, List.of());
    }

    /**
     * Well-formed JSON of the wrong shape (a list where a text is expected, a number out of range…). Mapped here,
     * not by the JSON layer's own mapper, whose body is not a problem.
     */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        List<Problem.FieldError> errors = field.isEmpty()
                ? List.of()
                : List.of(new Problem.FieldError(field, FieldCode.INVALID, "Not a value of the expected type."));
        return notJson(uri, errors);
    }

    /** A JSON string that no stored text may hold: the body is well-formed, the value is refused like a bad field. */
    @ServerExceptionMapper
    public Response unstorableText(StorableText.UnstorableTextException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(
                422,
                ErrorCode.VALIDATION_FAILED,
                "Invalid input",
                "Some fields are invalid.",
                uri,
                List.of(new Problem.FieldError(
                        field.isEmpty() ? "body" : field,
                        FieldCode.INVALID_CHARACTERS,
                        "Contains a NUL character or a broken Unicode character; remove it.")));
    }

    /**
     * A multipart body cut short or without its closing boundary: the parser reports it as an I/O error, but it is
     * the request that is malformed. Any other I/O error stays unexpected.
     */
    @ServerExceptionMapper
    public Response io(IOException e, UriInfo uri) {
        StackTraceElement[] stack = e.getStackTrace();
        if (stack.length > 0 && stack[0].getClassName().contains(".multipart.")) {
            return malformed("The multipart body is incomplete or malformed.", uri, List.of());
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 401) {
            return challenge(uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "Error";
        return respond(status, ErrorCode.forStatus(status), title, detailFor(status), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", incident, uri == null ? "?" : uri.getPath());
        return respond(
                500,
                ErrorCode.INTERNAL_ERROR,
                "Internal error",
                "Something went wrong on our side. Incident " + incident + " was logged.",
                uri,
                List.of());
    }

    private static Response challenge(UriInfo uri) {
        Response problem = respond(
                401,
                ErrorCode.AUTHENTICATION_REQUIRED,
                "Authentication required",
                "Sign in to use Bravo.",
                uri,
                List.of());
        return Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "Nothing here: the address is wrong or the content is not visible to you.";
            case 405 -> "This address does not support that method.";
            case 415 -> "This content type is not accepted here.";
            default -> "The request could not be processed.";
        };
    }

    static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        // Paths look like "create.request.title": the first two nodes are the method and parameter names.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        String field = parts.length == 3 ? parts[2] : parts[parts.length - 1];
        String annotation = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        return new Problem.FieldError(field, constraintCode(annotation), violation.getMessage());
    }

    /** The field a JSON error is about, as the web app names it: {@code title}, {@code tags[2]}, {@code a.b}. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** NotBlank → NOT_BLANK, so the web app can show its own translated message. */
    static String constraintCode(String annotation) {
        return annotation.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }

    private static Response notJson(UriInfo uri, List<Problem.FieldError> errors) {
        return malformed("The request body is not valid JSON for this operation.", uri, errors);
    }

    /** A 400 for a body the server could not read at all, as opposed to one it read and refused (422). */
    private static Response malformed(String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return respond(400, ErrorCode.MALFORMED_REQUEST, "Malformed request", detail, uri, errors);
    }

    static Response respond(
            int status, ErrorCode code, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return respond(status, code.name(), title, detail, uri, errors, Map.of());
    }

    static Response respond(
            int status, String code, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return respond(status, code, title, detail, uri, errors, Map.of());
    }

    /** The problem response for a registered code; public for request filters that answer before any resource runs. */
    public static Response respond(
            int status,
            ErrorCode code,
            String title,
            String detail,
            UriInfo uri,
            List<Problem.FieldError> errors,
            Map<String, Object> extensions) {
        return respond(status, code.name(), title, detail, uri, errors, extensions);
    }

    /** The problem response; public for request filters that answer before any resource runs. */
    public static Response respond(
            int status,
            String code,
            String title,
            String detail,
            UriInfo uri,
            List<Problem.FieldError> errors,
            Map<String, Object> extensions) {
        Problem problem = new Problem(
                "urn:bravo:problem:" + code.toLowerCase().replace('_', '-'),
                title,
                status,
                detail,
                uri == null ? null : uri.getPath(),
                code,
                errors,
                extensions);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
