package com.gauthconsole.run.engine;

import com.gauthconsole.gauth.GauthExchange;
import com.gauthconsole.gauth.RequestPreview;
import com.gauthconsole.run.AttemptFinished;
import com.gauthconsole.run.AttemptKind;
import com.gauthconsole.run.AttemptStatus;
import com.gauthconsole.run.FinishedAttempt;
import com.gauthconsole.run.RecordedRequest;
import com.gauthconsole.run.RecordedResponse;
import com.gauthconsole.run.RunChanged;
import com.gauthconsole.run.RunSnapshot;
import com.gauthconsole.run.RunStatus;
import com.gauthconsole.run.Step;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of an attempt in the database, each change in its own transaction: stored as running before the call
 * goes out, completed once after it. Starting a step bumps the run's version and takes the next attempt number
 * under a unique key, so two requests (or two instances) cannot both start the same step. An attempt that reaches its
 * final state is announced ({@link AttemptFinished}) in the same transaction, for the audit to record it there.
 */
@Component
public class AttemptRecorder {

    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final RunRepository runs;
    private final StepAttemptRepository attempts;
    private final RunSecrets secrets;
    private final StepInputs json;
    private final RunsProperties properties;
    private final Clock clock;

    AttemptRecorder(
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            RunRepository runs,
            StepAttemptRepository attempts,
            RunSecrets secrets,
            StepInputs json,
            RunsProperties properties,
            Clock clock) {
        this.transaction = transaction;
        this.events = events;
        this.runs = runs;
        this.attempts = attempts;
        this.secrets = secrets;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Stores the attempt as running; a first attempt after a failure becomes a re-run linked to it. Its deadline is
     * when its call, which may take up to {@code callMayTake}, must have ended.
     */
    public long begin(
            long runId,
            Step step,
            AttemptKind kind,
            Actor actor,
            String inputs,
            RequestPreview request,
            Duration callMayTake) {
        return guarded(
                step,
                () -> transaction.execute(status -> {
                    ProvisioningRun run = run(runId);
                    RunProgress progress = progressAllowing(run, step, actor, kind);
                    Instant now = clock.instant();
                    Optional<StepAttempt> failed = failedBefore(progress, step, kind);
                    StepAttempt attempt = StepAttempt.running(
                            runId,
                            step,
                            failed.isPresent() ? AttemptKind.RE_RUN : kind,
                            progress.nextAttemptNumber(step),
                            actor.name(),
                            now,
                            inputs,
                            recorded(request));
                    failed.ifPresent(
                            previous -> attempt.reRuns(previous, InputChanges.between(previous.inputs(), inputs)));
                    attempt.mustEndBy(now.plus(callMayTake).plus(properties.deadlineMargin()));
                    attempts.save(attempt);
                    run.touch(now);
                    runs.saveAndFlush(run);
                    return attempt.id();
                }));
    }

    /**
     * Completes the attempt with GAuth's answer. Its outcome (IDs, a generated secret) is kept unless another
     * attempt has completed the step meanwhile; the record of it is kept either way.
     */
    public void succeed(long attemptId, GauthExchange exchange, StepOutcome outcome) {
        transaction.executeWithoutResult(status -> {
            StepAttempt attempt = answering(attemptId);
            attempt.succeed(responseOf(exchange), json.write(outcome.ids().ordered()), clock.instant());
            ProvisioningRun run = run(attempt.runId());
            RunProgress progress = progressWith(attempt);
            if (progress.latest(attempt.step())
                    .filter(latest -> latest.id().equals(attempt.id()))
                    .isPresent()) {
                keepOutcome(run, outcome);
            }
            finished(attempt, run, progress);
        });
    }

    public void fail(long attemptId, GauthExchange exchange, String failureKind, String reason) {
        transaction.executeWithoutResult(status -> {
            StepAttempt attempt = answering(attemptId);
            attempt.fail(exchange == null ? null : responseOf(exchange), failureKind, reason, clock.instant());
            finished(attempt, run(attempt.runId()));
        });
    }

    /**
     * The running attempt an answer completes: the attempt itself, or, when it was marked interrupted while its call
     * was still out (and is sealed as such), a new record of the late answer linked to it.
     */
    private StepAttempt answering(long attemptId) {
        StepAttempt attempt = attempts.findById(attemptId).orElseThrow();
        if (attempt.status() == AttemptStatus.RUNNING) {
            return attempt;
        }
        RunProgress progress = new RunProgress(attempts.findByRunIdOrderByIdAsc(attempt.runId()));
        return attempts.save(StepAttempt.lateAnswerTo(attempt, progress.nextAttemptNumber(attempt.step())));
    }

    /** The run's progress with the attempt as it stands now, read once for the attempt's transaction. */
    private RunProgress progressWith(StepAttempt attempt) {
        attempts.saveAndFlush(attempt);
        return new RunProgress(attempts.findByRunIdOrderByIdAsc(attempt.runId()));
    }

    /**
     * Records that a lead adopted an object GAuth already had, as a completed attempt re-running the failed one.
     *
     * @param lookUp the look-up that found it, or null where GAuth has no look-up
     * @param supplied what the lead supplied (an ID, a reason), as a JSON array of changed inputs
     */
    public void adopt(long runId, Step step, Actor actor, GauthExchange lookUp, StepOutcome outcome, String supplied) {
        adoption(runId, step, actor, lookUp, supplied, (run, attempt, now) -> {
            attempt.succeed(responseOrNone(lookUp), json.write(outcome.ids().ordered()), now);
            keepOutcome(run, outcome);
        });
    }

    /** Records that GAuth refused what a lead wanted to adopt; the step stays failed and adoptable. */
    public void refuseAdoption(
            long runId,
            Step step,
            Actor actor,
            GauthExchange lookUp,
            String failureKind,
            String reason,
            String supplied) {
        adoption(
                runId,
                step,
                actor,
                lookUp,
                supplied,
                (run, attempt, now) -> attempt.fail(responseOrNone(lookUp), failureKind, reason, now));
    }

    private void adoption(long runId, Step step, Actor actor, GauthExchange lookUp, String supplied, AdoptionEnd end) {
        guarded(
                step,
                () -> transaction.execute(status -> {
                    ProvisioningRun run = run(runId);
                    RunProgress progress = progressAllowing(run, step, actor, AttemptKind.ADOPTION);
                    StepAttempt failed = progress.latest(step).orElseThrow();
                    Instant now = clock.instant();
                    StepAttempt attempt = StepAttempt.running(
                            runId,
                            step,
                            AttemptKind.ADOPTION,
                            progress.nextAttemptNumber(step),
                            actor.name(),
                            now,
                            failed.inputs(),
                            lookUp == null ? RecordedRequest.NONE : requestOf(lookUp));
                    attempt.reRuns(failed, supplied);
                    end.complete(run, attempt, now);
                    finished(attempt, run);
                    return attempt.id();
                }));
    }

    /** How an adoption's attempt ends, in the transaction that records it. */
    private interface AdoptionEnd {
        void complete(ProvisioningRun run, StepAttempt attempt, Instant now);
    }

    public void skip(long runId, Step step, Actor actor) {
        guarded(
                step,
                () -> transaction.execute(status -> {
                    ProvisioningRun run = run(runId);
                    RunProgress progress = progressAllowing(run, step, actor, AttemptKind.SKIP);
                    StepAttempt attempt = attempts.save(StepAttempt.skipped(
                            runId, step, progress.nextAttemptNumber(step), actor.name(), clock.instant()));
                    finished(attempt, run);
                    return attempt.id();
                }));
    }

    /** Marks every attempt still running that started before the given instant as interrupted. */
    int interruptRunningStartedBefore(Instant before, String reason) {
        return interrupt(() -> attempts.findByStatusAndStartedAtBefore(AttemptStatus.RUNNING, before), reason);
    }

    /** Marks every attempt still running past its deadline as interrupted: its call cannot still be going on. */
    int interruptRunningPastDeadline(String reason) {
        return interrupt(
                () -> attempts.findByStatusAndDeadlineAtBefore(AttemptStatus.RUNNING, clock.instant()), reason);
    }

    private int interrupt(Supplier<List<StepAttempt>> running, String reason) {
        return transaction.execute(status -> {
            List<StepAttempt> stale = running.get();
            for (StepAttempt attempt : stale) {
                attempt.interrupt(reason, clock.instant());
                finished(attempt, run(attempt.runId()));
            }
            return stale.size();
        });
    }

    private RunProgress progressAllowing(ProvisioningRun run, Step step, Actor actor, AttemptKind kind) {
        run.whyClosed().ifPresent(reason -> {
            throw new StepNotReady(reason);
        });
        RunProgress progress = new RunProgress(attempts.findByRunIdOrderByIdAsc(run.id()));
        progress.whyNot(step, actor, kind).ifPresent(reason -> {
            throw new StepNotReady(reason);
        });
        return progress;
    }

    private static Optional<StepAttempt> failedBefore(RunProgress progress, Step step, AttemptKind kind) {
        if (kind != AttemptKind.EXECUTE) {
            return Optional.empty();
        }
        return progress.latest(step).filter(attempt -> attempt.status().needsAttention());
    }

    private void keepOutcome(ProvisioningRun run, StepOutcome outcome) {
        run.recordIds(outcome.ids());
        outcome.forget().forEach(name -> secrets.forget(run.id(), name));
        outcome.keep().forEach(kept -> secrets.keep(run.id(), kept.name(), kept.value(), kept.expiresAt()));
    }

    /**
     * The attempt reached its final state: the run's status follows from its attempts, and the audit records the
     * attempt, then the run's finish if this attempt finished it, in this transaction. A run that succeeded keeps no
     * secret any longer.
     */
    private void finished(StepAttempt attempt, ProvisioningRun run) {
        finished(attempt, run, progressWith(attempt));
    }

    private void finished(StepAttempt attempt, ProvisioningRun run, RunProgress progress) {
        RunStatus before = run.status();
        if (before != RunStatus.ABANDONED) {
            run.progressTo(progress.status(), clock.instant());
            runs.saveAndFlush(run);
        }
        RunSnapshot snapshot = RunSnapshot.of(run);
        events.publishEvent(new AttemptFinished(FinishedAttempt.of(attempt), snapshot));
        if (run.status() == RunStatus.SUCCEEDED) {
            secrets.forgetAll(run.id());
            if (before != RunStatus.SUCCEEDED) {
                events.publishEvent(new RunChanged(snapshot, RunChanged.Change.FINISHED, attempt.actor(), ""));
            }
        }
    }

    private static <T> T guarded(Step step, Supplier<T> change) {
        try {
            return change.get();
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException startedElsewhere) {
            throw new StepNotReady(
                    "Step " + step.number() + " is already running: someone started it at the same" + " moment.");
        }
    }

    private ProvisioningRun run(long runId) {
        return runs.findById(runId).orElseThrow(() -> new RunNotFound(runId));
    }

    private RecordedRequest recorded(RequestPreview request) {
        return new RecordedRequest(request.method(), request.url(), json.write(request.headers()), request.body());
    }

    private RecordedRequest requestOf(GauthExchange exchange) {
        return new RecordedRequest(
                exchange.method(), exchange.url(), json.write(exchange.requestHeaders()), exchange.requestBody());
    }

    private RecordedResponse responseOrNone(GauthExchange exchange) {
        return exchange == null ? null : responseOf(exchange);
    }

    private RecordedResponse responseOf(GauthExchange exchange) {
        return new RecordedResponse(
                exchange.httpStatus(),
                exchange.responseHeaders() == null ? null : json.write(exchange.responseHeaders()),
                exchange.responseBody(),
                exchange.duration());
    }
}
