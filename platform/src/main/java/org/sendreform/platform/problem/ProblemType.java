package org.sendreform.platform.problem;

import java.net.URI;

/** The kinds of problem the platform reports; each has a stable type URI documented in docs/api-guide.md. */
public enum ProblemType {
    BAD_REQUEST(400, "bad-request", "Request is malformed"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication is required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    PERIOD_LOCKED(409, "period-locked", "Period is locked"),
    PRECONDITION_FAILED(412, "precondition-failed", "The item has changed since it was read"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body is too large"),
    URI_TOO_LONG(414, "uri-too-long", "URI is too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    VALIDATION(422, "validation", "Request is not valid"),
    OUTSIDE_DECISION_RIGHTS(422, "outside-decision-rights", "The body does not hold this decision right"),
    DEPENDENCY_CYCLE(422, "dependency-cycle", "The link would make a cycle of dependencies"),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match header is required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    INTERNAL(500, "internal", "Internal error"),
    BAD_GATEWAY(502, "bad-gateway", "Upstream service failed"),
    UNAVAILABLE(503, "unavailable", "Service unavailable"),
    GATEWAY_TIMEOUT(504, "gateway-timeout", "Upstream service timed out");

    private static final String BASE = "https://sendreform.org/problems/";

    private final int status;
    private final URI type;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.type = URI.create(BASE + slug);
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The problem type for an HTTP status, falling back to the generic 4xx/5xx kinds. */
    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
