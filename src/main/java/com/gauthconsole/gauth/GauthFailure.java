package com.gauthconsole.gauth;

/**
 * Why a call to GAuth did not succeed, in words a support person can act on ({@link #getMessage()}). Every message
 * is built from redacted text only.
 */
public abstract sealed class GauthFailure extends RuntimeException
        permits GauthFailure.Unreachable,
                GauthFailure.TimedOut,
                GauthFailure.CredentialsRejected,
                GauthFailure.AlreadyExists,
                GauthFailure.Rejected,
                GauthFailure.MalformedResponse {

    private final GauthCall call;
    private final Integer httpStatus;

    private GauthFailure(GauthCall call, Integer httpStatus, String message) {
        super(message, null, false, false);
        this.call = call;
        this.httpStatus = httpStatus;
    }

    public GauthCall call() {
        return call;
    }

    /** The HTTP status GAuth answered with, or null when no answer arrived. */
    public Integer httpStatus() {
        return httpStatus;
    }

    /**
     * Whether GAuth may have carried out the request although the console saw a failure: the request went out but
     * the answer never came or could not be read. Such a step must be checked before it is sent again.
     */
    public abstract boolean mayHaveBeenApplied();

    /** No connection could be made (refused, unknown host, TLS, connect timeout): nothing was sent. */
    public static final class Unreachable extends GauthFailure {
        Unreachable(GauthCall call, String where, String cause) {
            super(
                    call,
                    null,
                    "Could not reach GAuth at " + where + " (" + cause + "). Nothing was sent. Check the target's "
                            + "base URL and that GAuth is running and reachable from the console, then try again.");
        }

        @Override
        public boolean mayHaveBeenApplied() {
            return false;
        }
    }

    /** The request was sent but no complete answer came in time. */
    public static final class TimedOut extends GauthFailure {
        TimedOut(GauthCall call, String what) {
            super(
                    call,
                    null,
                    "GAuth did not answer '" + call.title() + "' " + what + ". The request was sent and may have "
                            + "been applied: check whether the " + call.object() + " exists before re-running.");
        }

        @Override
        public boolean mayHaveBeenApplied() {
            return true;
        }
    }

    /** GAuth refused the credentials the call presented (HTTP 401/403, or an OAuth invalid_client/invalid_grant). */
    public static final class CredentialsRejected extends GauthFailure {
        CredentialsRejected(GauthCall call, int httpStatus, String detail, String advice) {
            super(call, httpStatus, "GAuth rejected " + detail + " (HTTP " + httpStatus + ") — " + advice);
        }

        @Override
        public boolean mayHaveBeenApplied() {
            return false;
        }
    }

    /** The object to be created exists already: adopt it or choose another ID. */
    public static final class AlreadyExists extends GauthFailure {
        private final String gauthMessage;

        AlreadyExists(GauthCall call, int httpStatus, String gauthMessage) {
            super(
                    call,
                    httpStatus,
                    "GAuth says this " + call.object() + " already exists (HTTP " + httpStatus
                            + (gauthMessage.isEmpty() ? "" : ": " + gauthMessage) + "). Use the existing "
                            + call.object() + " or choose another ID.");
            this.gauthMessage = gauthMessage;
        }

        public String gauthMessage() {
            return gauthMessage;
        }

        @Override
        public boolean mayHaveBeenApplied() {
            return false;
        }
    }

    /** GAuth answered and said no: a bad request, a server error, a non-zero status code, a redirect. */
    public static final class Rejected extends GauthFailure {
        private final String gauthMessage;

        Rejected(GauthCall call, int httpStatus, String gauthMessage, String advice) {
            super(
                    call,
                    httpStatus,
                    "GAuth rejected '" + call.title() + "' (HTTP " + httpStatus
                            + (gauthMessage.isEmpty() ? "" : ", " + gauthMessage) + "). " + advice);
            this.gauthMessage = gauthMessage;
        }

        public String gauthMessage() {
            return gauthMessage;
        }

        @Override
        public boolean mayHaveBeenApplied() {
            return false;
        }
    }

    /** GAuth answered with a success status but a body the console cannot read, or without the expected value. */
    public static final class MalformedResponse extends GauthFailure {
        MalformedResponse(GauthCall call, int httpStatus, String problem) {
            super(
                    call,
                    httpStatus,
                    "GAuth answered '" + call.title() + "' with HTTP " + httpStatus + " but " + problem + ". The "
                            + "request may have been applied: check whether the " + call.object()
                            + " exists before re-running.");
        }

        @Override
        public boolean mayHaveBeenApplied() {
            return true;
        }
    }
}
