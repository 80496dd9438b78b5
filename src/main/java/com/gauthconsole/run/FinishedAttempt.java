package com.gauthconsole.run;

import com.gauthconsole.run.engine.StepAttempt;
import java.time.Instant;

/**
 * An attempt in its final state, redacted as stored: what was sent to GAuth, what came back and what it changed.
 *
 * @param reRunOf the failed or interrupted attempt this one re-ran, adopted for or answered late, or null
 * @param inputs the step's non-secret inputs, as JSON, or null
 * @param inputChanges the non-secret inputs a re-run changed, as JSON ({@code [{"field","before","after"}]}), or null
 * @param requestHeaders the request's headers as JSON ({@code {"name": ["value"]}}), credentials masked, or null
 * @param returnedIds the IDs GAuth answered, as a JSON object, or null
 * @param failureKind the failure kind's name, or null when the attempt did not fail
 */
public record FinishedAttempt(
        long id,
        Step step,
        int number,
        AttemptKind kind,
        AttemptStatus status,
        String actor,
        Instant startedAt,
        Instant finishedAt,
        Long reRunOf,
        String inputs,
        String inputChanges,
        String requestMethod,
        String requestUrl,
        String requestHeaders,
        String requestBody,
        Integer responseStatus,
        String responseHeaders,
        String responseBody,
        Long durationMs,
        String returnedIds,
        String failureKind,
        String failureReason) {

    public static FinishedAttempt of(StepAttempt attempt) {
        return new FinishedAttempt(
                attempt.id(),
                attempt.step(),
                attempt.attemptNumber(),
                attempt.kind(),
                attempt.status(),
                attempt.actor(),
                attempt.startedAt(),
                attempt.finishedAt(),
                attempt.reRunOf(),
                attempt.inputs(),
                attempt.inputChanges(),
                attempt.requestMethod(),
                attempt.requestUrl(),
                attempt.requestHeaders(),
                attempt.requestBody(),
                attempt.responseStatus(),
                attempt.responseHeaders(),
                attempt.responseBody(),
                attempt.durationMs(),
                attempt.returnedIds(),
                attempt.failureKind(),
                attempt.failureReason());
    }
}
