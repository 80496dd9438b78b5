package com.gauthconsole.run.engine;

import com.gauthconsole.gauth.GauthFailure;
import com.gauthconsole.run.AttemptKind;
import com.gauthconsole.run.AttemptStatus;
import com.gauthconsole.run.RecordedRequest;
import com.gauthconsole.run.RecordedResponse;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.step.IdAdoptions;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One attempt at one step: the audit record of what was sent to GAuth and what came back, redacted. Created as
 * {@link AttemptStatus#RUNNING} with its request before the call goes out, then completed exactly once.
 */
@Entity
@Table(name = "step_attempt")
public class StepAttempt {

    static final int MAX_BODY = 1_000_000;
    static final int MAX_HEADERS = 20_000;
    static final int MAX_REASON = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long runId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Step step;

    @Column(nullable = false)
    private int attemptNumber;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private Instant startedAt;

    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttemptStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttemptKind kind;

    /** The failed or interrupted attempt this one re-runs. */
    private Long reRunOf;

    /** The non-secret inputs a re-run changed, as JSON: [{"field", "before", "after"}]. */
    private String inputChanges;

    /** The {@link GauthFailure.Kind} that ended the attempt, or {@code CONSOLE_ERROR}. */
    private String failureKind;

    /** When the call must have ended; past it another instance may mark the attempt interrupted. */
    private Instant deadlineAt;

    private String inputs;
    private String requestMethod;
    private String requestUrl;
    private String requestHeaders;
    private String requestBody;
    private Integer responseStatus;
    private String responseHeaders;
    private String responseBody;
    private Long durationMs;
    private String returnedIds;
    private String failureReason;

    protected StepAttempt() {}

    private StepAttempt(Long runId, Step step, AttemptKind kind, int attemptNumber, String actor, Instant now) {
        this.runId = runId;
        this.step = step;
        this.kind = kind;
        this.attemptNumber = attemptNumber;
        this.actor = actor;
        this.startedAt = now;
    }

    static StepAttempt running(
            Long runId,
            Step step,
            AttemptKind kind,
            int attemptNumber,
            String actor,
            Instant now,
            String inputs,
            RecordedRequest request) {
        StepAttempt attempt = new StepAttempt(runId, step, kind, attemptNumber, actor, now);
        attempt.inputs = inputs;
        attempt.status = AttemptStatus.RUNNING;
        attempt.requestMethod = request.method();
        attempt.requestUrl = request.url();
        attempt.requestHeaders = cap(request.headers(), MAX_HEADERS);
        attempt.requestBody = cap(request.body(), MAX_BODY);
        return attempt;
    }

    /** A new record for GAuth's answer to {@code interrupted}, which is sealed and stays as it is. */
    static StepAttempt lateAnswerTo(StepAttempt interrupted, int attemptNumber) {
        StepAttempt attempt = new StepAttempt(
                interrupted.runId,
                interrupted.step,
                AttemptKind.LATE_ANSWER,
                attemptNumber,
                interrupted.actor,
                interrupted.startedAt);
        attempt.inputs = interrupted.inputs;
        attempt.status = AttemptStatus.RUNNING;
        attempt.requestMethod = interrupted.requestMethod;
        attempt.requestUrl = interrupted.requestUrl;
        attempt.requestHeaders = interrupted.requestHeaders;
        attempt.requestBody = interrupted.requestBody;
        attempt.reRunOf = interrupted.id;
        return attempt;
    }

    static StepAttempt skipped(Long runId, Step step, int attemptNumber, String actor, Instant now) {
        StepAttempt attempt = new StepAttempt(runId, step, AttemptKind.SKIP, attemptNumber, actor, now);
        attempt.status = AttemptStatus.SKIPPED;
        attempt.finishedAt = now;
        attempt.durationMs = 0L;
        return attempt;
    }

    /** Marks this attempt as re-running a failed one, with what the re-run changed. */
    void reRuns(StepAttempt failed, String inputChanges) {
        this.reRunOf = failed.id();
        this.inputChanges = inputChanges;
    }

    void mustEndBy(Instant deadline) {
        this.deadlineAt = deadline;
    }

    void interrupt(String reason, Instant now) {
        complete(AttemptStatus.INTERRUPTED, null, now);
        this.failureReason = cap(reason, MAX_REASON);
    }

    void succeed(RecordedResponse response, String returnedIds, Instant now) {
        complete(AttemptStatus.SUCCEEDED, response, now);
        this.returnedIds = returnedIds;
    }

    void fail(RecordedResponse response, String failureKind, String reason, Instant now) {
        complete(AttemptStatus.FAILED, response, now);
        this.failureKind = failureKind;
        this.failureReason = cap(reason, MAX_REASON);
    }

    private void complete(AttemptStatus outcome, RecordedResponse response, Instant now) {
        if (status != AttemptStatus.RUNNING) {
            throw new IllegalStateException("Attempt " + id + " is already " + status);
        }
        this.status = outcome;
        this.finishedAt = now;
        if (response != null) {
            this.responseStatus = response.status();
            this.responseHeaders = cap(response.headers(), MAX_HEADERS);
            this.responseBody = cap(response.body(), MAX_BODY);
            this.durationMs = response.duration().toMillis();
        } else {
            this.durationMs = Duration.between(startedAt, now).toMillis();
        }
    }

    private static String cap(String value, int limit) {
        if (value == null || value.length() <= limit) {
            return value;
        }
        String marker = "…[truncated]";
        return value.substring(0, limit - marker.length()) + marker;
    }

    public Long id() {
        return id;
    }

    Long runId() {
        return runId;
    }

    public Step step() {
        return step;
    }

    public int attemptNumber() {
        return attemptNumber;
    }

    public String actor() {
        return actor;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public AttemptStatus status() {
        return status;
    }

    public AttemptKind kind() {
        return kind;
    }

    public Long reRunOf() {
        return reRunOf;
    }

    public String inputChanges() {
        return inputChanges;
    }

    public String failureKind() {
        return failureKind;
    }

    /**
     * Whether GAuth may hold what this attempt tried to create, so a lead may adopt it instead of creating it: the
     * failure may have been applied or says the object exists, the attempt was cut off, or a lead's adoption was
     * refused for an ID GAuth does not know (the object may still be there under another).
     */
    public boolean mayHaveCreated() {
        return status == AttemptStatus.INTERRUPTED
                || (status == AttemptStatus.FAILED
                        && (IdAdoptions.REFUSED.equals(failureKind)
                                || GauthFailure.Kind.ofStored(failureKind)
                                        .map(GauthFailure.Kind::mayHoldTheObject)
                                        .orElse(false)));
    }

    public String inputs() {
        return inputs;
    }

    public String requestMethod() {
        return requestMethod;
    }

    public String requestUrl() {
        return requestUrl;
    }

    public String requestHeaders() {
        return requestHeaders;
    }

    public String requestBody() {
        return requestBody;
    }

    public Integer responseStatus() {
        return responseStatus;
    }

    public String responseHeaders() {
        return responseHeaders;
    }

    public String responseBody() {
        return responseBody;
    }

    public Long durationMs() {
        return durationMs;
    }

    public String returnedIds() {
        return returnedIds;
    }

    public String failureReason() {
        return failureReason;
    }
}
