package org.sendreform.platform.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.sendreform.platform.problem.Problem.FieldError;

/**
 * The one place where failures become RFC 9457 problem documents. Services get it by depending on
 * the platform library; they throw {@link ProblemException} or let validation and security fail.
 * Services run with proactive authentication off so that token failures also reach these mappers.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(e.type(), e.getMessage(), e.errors(), uri, headers);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        boolean ourFault = e.getConstraintViolations().stream().anyMatch(v -> isReturnValue(v.getPropertyPath()));
        if (ourFault) {
            return unexpected(e, uri, headers);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse(null);
        return respond(ProblemType.VALIDATION, detail, errors, uri, headers);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return problem(ProblemException.fromJson(e), uri, headers);
    }

    /** Named apart so it wins over Quarkus's built-in mapper for this type, which would drop the field name. */
    @ServerExceptionMapper
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return problem(ProblemException.fromJson(e), uri, headers);
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, AuthenticationCompletionException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized("The bearer token is missing, invalid or expired", uri, headers);
    }

    @ServerExceptionMapper(UnauthorizedException.class)
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized("A bearer token is required", uri, headers);
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.FORBIDDEN, "Your roles do not allow this operation", List.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder answer = problemResponse(type, status, e.getMessage(), List.of(), uri, headers);
        // keep headers the framework set, such as Allow on 405
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        String traceId = traceId(headers);
        LOG.errorf(e, "Unexpected failure on %s (trace %s)", uri == null ? "?" : uri.getPath(), traceId);
        return problemResponse(ProblemType.INTERNAL, 500,
                "Something went wrong on our side; quote trace id " + traceId, List.of(), uri, headers, traceId).build();
    }

    private Response unauthorized(String detail, UriInfo uri, HttpHeaders headers) {
        return problemResponse(ProblemType.UNAUTHENTICATED, 401, detail, List.of(), uri, headers)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"send-reform\"")
                .build();
    }

    private Response respond(ProblemType type, String detail, List<FieldError> errors, UriInfo uri, HttpHeaders headers) {
        return problemResponse(type, type.status(), detail, errors, uri, headers).build();
    }

    private Response.ResponseBuilder problemResponse(ProblemType type, int status, String detail, List<FieldError> errors,
            UriInfo uri, HttpHeaders headers) {
        return problemResponse(type, status, detail, errors, uri, headers, traceId(headers));
    }

    private Response.ResponseBuilder problemResponse(ProblemType type, int status, String detail, List<FieldError> errors,
            UriInfo uri, HttpHeaders headers, String traceId) {
        URI instance = uri == null ? null : URI.create(uri.getRequestUri().getRawPath());
        Problem body = new Problem(type.type(), type.title(), status, detail, instance, errors, traceId);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    /** The caller's request id (set by the gateway) so the problem and the logs line up; else a fresh one. */
    static String traceId(HttpHeaders headers) {
        return traceId(headers == null ? null : headers.getHeaderString(REQUEST_ID_HEADER));
    }

    /** The request id a caller sent, when it is usable as a trace id (not blank, at most 128 characters); else a fresh one. */
    static String traceId(String requestId) {
        return requestId != null && !requestId.isBlank() && requestId.length() <= 128 ? requestId : UUID.randomUUID().toString();
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** "create.request.dueDate" → "dueDate"; "list.size" → "size": the name the client used. */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        boolean seenParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR -> {
                }
                case PARAMETER -> {
                    names.add(node.getName());
                    seenParameter = true;
                }
                default -> {
                    String name = node.getName();
                    if (node.getIndex() != null && !names.isEmpty()) {
                        int last = names.size() - 1;
                        names.set(last, names.get(last) + "[" + node.getIndex() + "]");
                    }
                    if (name != null) {
                        names.add(name);
                    }
                }
            }
        }
        // a body parameter's own name means nothing to the client: drop it when there are fields under it
        if (seenParameter && names.size() > 1) {
            names.remove(0);
        }
        return names.isEmpty() ? "request" : String.join(".", names);
    }

}
