package com.gauthconsole.sim;

import org.springframework.http.HttpStatus;

/** A token request the simulated authorization server refuses, answered the RFC 6749 §5.2 way. */
class OAuthRejection extends RuntimeException {

    private final HttpStatus httpStatus;
    private final String error;

    private OAuthRejection(HttpStatus httpStatus, String error, String description) {
        super(description, null, false, false);
        this.httpStatus = httpStatus;
        this.error = error;
    }

    HttpStatus httpStatus() {
        return httpStatus;
    }

    String error() {
        return error;
    }

    static OAuthRejection invalidClient(String description) {
        return new OAuthRejection(HttpStatus.UNAUTHORIZED, "invalid_client", description);
    }

    static OAuthRejection invalidRequest(String description) {
        return new OAuthRejection(HttpStatus.BAD_REQUEST, "invalid_request", description);
    }

    static OAuthRejection invalidGrant(String description) {
        return new OAuthRejection(HttpStatus.BAD_REQUEST, "invalid_grant", description);
    }

    static OAuthRejection unsupportedGrantType(String description) {
        return new OAuthRejection(HttpStatus.BAD_REQUEST, "unsupported_grant_type", description);
    }

    static OAuthRejection unauthorizedClient(String description) {
        return new OAuthRejection(HttpStatus.BAD_REQUEST, "unauthorized_client", description);
    }
}
