package com.gauthconsole.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.gauthconsole.gauth.GauthFailure;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One attempt as pages show it: all redacted, bodies pretty-printed.
 *
 * @param failureKind the kind of a failure ({@code GauthFailure.Kind}'s name, or the console's own), or null
 * @param advice what to do next after a failed or interrupted attempt ({@link FailureAdvice}), or null
 */
public record AttemptView(
        long id,
        Step step,
        int number,
        String actor,
        Instant startedAt,
        Instant finishedAt,
        AttemptStatus status,
        AttemptKind kind,
        Long reRunOf,
        List<InputChange> inputChanges,
        String requestMethod,
        String requestUrl,
        Map<String, List<String>> requestHeaders,
        String requestBody,
        Integer responseStatus,
        String responseBody,
        Long durationMs,
        Map<String, String> returnedIds,
        String failureReason,
        String failureKind,
        String advice) {

    /** Whether GAuth may have done what the failed or interrupted attempt asked, so check before re-running. */
    @JsonProperty("mayHaveBeenApplied")
    public boolean mayHaveBeenApplied() {
        return status == AttemptStatus.INTERRUPTED
                || (status == AttemptStatus.FAILED
                        && GauthFailure.Kind.ofStored(failureKind)
                                .map(GauthFailure.Kind::mayHaveBeenApplied)
                                .orElse(false));
    }

    public boolean running() {
        return status == AttemptStatus.RUNNING;
    }

    public boolean succeeded() {
        return status == AttemptStatus.SUCCEEDED;
    }

    public boolean skipped() {
        return status == AttemptStatus.SKIPPED;
    }

    /** One non-secret input a re-run changed; secrets show as their fingerprints. */
    public record InputChange(String field, String before, String after) {}
}
