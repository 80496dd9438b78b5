package com.gauthconsole.run;

import com.gauthconsole.gauth.GauthFailure;
import com.gauthconsole.run.step.IdAdoptions;
import java.util.Optional;

/**
 * The one place that says what to do next after an attempt that did not succeed, by the kind of failure: refused
 * credentials, an answer that may hide an applied request, refused input, or GAuth failing on its side. The switch
 * over {@link GauthFailure.Kind} is exhaustive, so a new kind does not compile until it has its advice.
 */
public final class FailureAdvice {

    static final String CHECK_FIRST = "The request may have reached GAuth and been carried out: check what GAuth has"
            + " before re-running (a lead can look it up from this page and adopt it), so that nothing is created twice.";

    private FailureAdvice() {}

    /** Advice for an attempt that failed or was interrupted; empty for any other attempt. */
    public static Optional<String> of(AttemptStatus status, String storedKind, Integer httpStatus, Step step) {
        if (!status.needsAttention()) {
            return Optional.empty();
        }
        if (status == AttemptStatus.INTERRUPTED) {
            return Optional.of("The console stopped while the call was under way. " + CHECK_FIRST);
        }
        if (IdAdoptions.REFUSED.equals(storedKind)) {
            return Optional.of("GAuth does not know the ID that was typed: check it in GAuth, or re-run the step"
                    + " to create the object.");
        }
        return Optional.of(GauthFailure.Kind.ofStored(storedKind)
                .map(kind -> of(kind, httpStatus, step))
                .orElse("The console itself failed during the call. Check in GAuth whether the step took effect"
                        + " before re-running it, and ask an administrator to look at the console's log."));
    }

    private static String of(GauthFailure.Kind kind, Integer httpStatus, Step step) {
        return switch (kind) {
            case CREDENTIALS_REJECTED -> credentials(step);
            case TIMED_OUT, GATEWAY_FAILED, MALFORMED_RESPONSE -> CHECK_FIRST;
            case UNREACHABLE ->
                "Nothing reached GAuth. Check the target's base URL and that GAuth is running and reachable from the"
                        + " console, then re-run the step.";
            case ALREADY_EXISTS ->
                "GAuth already has this object: a lead adopts it from this page, or the step is re-run with"
                        + " another ID.";
            case REJECTED ->
                httpStatus != null && httpStatus >= 500
                        ? "GAuth failed on its side. Try again later; if it keeps failing, ask a lead to look at"
                                + " GAuth's logs."
                        : "GAuth refused an input: correct the field its message names, then re-run the step.";
        };
    }

    private static String credentials(Step step) {
        return switch (step.auth()) {
            case OPS ->
                "GAuth refused the target's ops credentials: a lead checks the ops user name and password on the"
                        + " target (Targets) against GAuth's services.secret.admin_username/admin_password, then"
                        + " re-runs the step.";
            case CLIENT ->
                "GAuth refused the API client's id and secret: check the client secret from step 1, then re-run"
                        + " the step.";
            case BEARER ->
                "GAuth refused the access token: re-run the step; the console first creates a new token when the"
                        + " kept one has expired.";
        };
    }
}
