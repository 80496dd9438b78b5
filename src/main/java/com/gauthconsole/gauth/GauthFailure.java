package com.gauthconsole.gauth;

import java.util.Arrays;
import java.util.Optional;

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
                GauthFailure.GatewayFailed,
                GauthFailure.MalformedResponse {

    /**
     * What kind of failure it was, stored with the attempt ({@code step_attempt.failure_kind}) under the constant's
     * name: rename a class freely, never a constant. Records written before the kinds existed hold the class's
     * simple name, which {@link #ofStored} still reads.
     */
    public enum Kind {
        UNREACHABLE("Unreachable", false, false),
        TIMED_OUT("TimedOut", true, false),
        CREDENTIALS_REJECTED("CredentialsRejected", false, false),
        ALREADY_EXISTS("AlreadyExists", false, true),
        REJECTED("Rejected", false, false),
        GATEWAY_FAILED(null, true, false),
        MALFORMED_RESPONSE("MalformedResponse", true, false);

        private final String legacyName;
        private final boolean mayHaveBeenApplied;
        private final boolean exists;

        Kind(String legacyName, boolean mayHaveBeenApplied, boolean exists) {
            this.legacyName = legacyName;
            this.mayHaveBeenApplied = mayHaveBeenApplied;
            this.exists = exists;
        }

        /** Whether the request may have reached GAuth and been carried out, although no answer said so. */
        public boolean mayHaveBeenApplied() {
            return mayHaveBeenApplied;
        }

        /** Whether GAuth may hold the object the call meant to create, so that it may be adopted. */
        public boolean mayHoldTheObject() {
            return mayHaveBeenApplied || exists;
        }

        public static Optional<Kind> ofStored(String stored) {
            return Arrays.stream(values())
                    .filter(kind -> kind.name().equals(stored) || (stored != null && stored.equals(kind.legacyName)))
                    .findFirst();
        }
    }

    private final GauthCall call;
    private final Integer httpStatus;
    private GauthExchange exchange;

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

    /** The redacted exchange that failed, as the client saw it; null only before the client hands the failure on. */
    public GauthExchange exchange() {
        return exchange;
    }

    /** The client attaches the exchange once it is complete, just before the failure leaves it. */
    GauthFailure with(GauthExchange failedExchange) {
        this.exchange = failedExchange;
        return this;
    }

    public abstract Kind kind();

    /**
     * Whether GAuth may have carried out the request although the console saw a failure: the request went out but
     * the answer never came, could not be read, or came from a proxy. Such a step must be checked before it is sent
     * again.
     */
    public boolean mayHaveBeenApplied() {
        return kind().mayHaveBeenApplied;
    }

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
        public Kind kind() {
            return Kind.UNREACHABLE;
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
        public Kind kind() {
            return Kind.TIMED_OUT;
        }
    }

    /** GAuth refused the credentials the call presented (HTTP 401/403, or an OAuth invalid_client/invalid_grant). */
    public static final class CredentialsRejected extends GauthFailure {
        CredentialsRejected(GauthCall call, int httpStatus, String detail, String advice) {
            super(call, httpStatus, "GAuth rejected " + detail + " (HTTP " + httpStatus + ") — " + advice);
        }

        @Override
        public Kind kind() {
            return Kind.CREDENTIALS_REJECTED;
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
        public Kind kind() {
            return Kind.ALREADY_EXISTS;
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
        public Kind kind() {
            return Kind.REJECTED;
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
        public Kind kind() {
            return Kind.MALFORMED_RESPONSE;
        }
    }

    /**
     * A proxy or load balancer in front of GAuth answered HTTP 502, 503 or 504: the request may have reached GAuth
     * and been carried out before the proxy gave up on it.
     */
    public static final class GatewayFailed extends GauthFailure {
        GatewayFailed(GauthCall call, int httpStatus, String gauthMessage) {
            super(
                    call,
                    httpStatus,
                    "GAuth or a proxy in front of it answered '" + call.title() + "' with HTTP " + httpStatus
                            + (gauthMessage.isEmpty() ? "" : " (" + gauthMessage + ")") + ". The request may have "
                            + "reached GAuth and been applied: check whether the " + call.object() + " exists before "
                            + "re-running.");
        }

        @Override
        public Kind kind() {
            return Kind.GATEWAY_FAILED;
        }
    }
}
