package com.gauthconsole.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Every kind of failure the JSON API answers, each an RFC 9457 problem type of its own, so that a script can tell
 * them apart without reading the text.
 */
public enum ApiProblemType {
    VALIDATION(HttpStatus.BAD_REQUEST, "The request is not valid"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "No valid API token"),
    MISSING_ROLE(HttpStatus.FORBIDDEN, "The token's roles do not allow this"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    STEP_NOT_READY(HttpStatus.CONFLICT, "The step cannot run now"),
    GAUTH_FAILURE(HttpStatus.BAD_GATEWAY, "GAuth did not do what the step asked"),
    JOB_REFUSED(HttpStatus.CONFLICT, "The bulk job cannot do that now"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Too many requests with this token"),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "The console failed");

    private final HttpStatus status;
    private final String title;

    ApiProblemType(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    /** {@code urn:gauth-console:problem:step-not-ready}: names the kind; it is not meant to be opened. */
    public URI uri() {
        return URI.create("urn:gauth-console:problem:" + name().toLowerCase().replace('_', '-'));
    }

    public HttpStatus status() {
        return status;
    }

    public ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(uri());
        problem.setTitle(title);
        return problem;
    }
}
