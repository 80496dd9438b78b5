package com.gauthconsole.sim;

/** A call the simulated environment or ops API refuses; answered as {@code {"status":{"code":n,"message":...}}}. */
class GauthRejection extends RuntimeException {

    private final StatusCode statusCode;

    GauthRejection(StatusCode statusCode, String message) {
        super(message, null, false, false);
        this.statusCode = statusCode;
    }

    StatusCode statusCode() {
        return statusCode;
    }

    static GauthRejection invalid(String message) {
        return new GauthRejection(StatusCode.INVALID_REQUEST, message);
    }

    static GauthRejection unauthorized(String message) {
        return new GauthRejection(StatusCode.UNAUTHORIZED, message);
    }

    static GauthRejection notFound(String message) {
        return new GauthRejection(StatusCode.NOT_FOUND, message);
    }

    static GauthRejection alreadyExists(String message) {
        return new GauthRejection(StatusCode.ALREADY_EXISTS, message);
    }
}
