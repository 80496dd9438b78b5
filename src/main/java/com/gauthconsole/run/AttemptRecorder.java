package com.gauthconsole.run;

import com.gauthconsole.audit.AttemptChain;
import com.gauthconsole.gauth.GauthExchange;
import com.gauthconsole.gauth.RequestPreview;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of an attempt in the database, each change in its own transaction: stored as running before the call
 * goes out, completed once after it. Starting a step bumps the run's version and takes the next attempt number
 * under a unique key, so two requests (or two instances) cannot both start the same step. An attempt that reaches
 * its final state is sealed into the audit chain in the same transaction.
 */
@Component
class AttemptRecorder {

    private final TransactionTemplate transaction;
    private final RunRepository runs;
    private final StepAttemptRepository attempts;
    private final RunSecrets secrets;
    private final StepInputs json;
    private final AttemptChain chain;
    private final Clock clock;

    AttemptRecorder(
            TransactionTemplate transaction,
            RunRepository runs,
            StepAttemptRepository attempts,
            RunSecrets secrets,
            StepInputs json,
            AttemptChain chain,
            Clock clock) {
        this.transaction = transaction;
        this.runs = runs;
        this.attempts = attempts;
        this.secrets = secrets;
        this.json = json;
        this.chain = chain;
        this.clock = clock;
    }

    long begin(long runId, Step step, String actor, String inputs, RequestPreview request) {
        try {
            return transaction.execute(status -> {
                ProvisioningRun run = run(runId);
                RunProgress progress = new RunProgress(attempts.findByRunIdOrderByIdAsc(runId));
                progress.whyNot(step).ifPresent(reason -> {
                    throw new StepNotReady(reason);
                });
                Instant now = clock.instant();
                StepAttempt attempt = attempts.save(StepAttempt.running(
                        runId, step, progress.nextAttemptNumber(step), actor, now, inputs, recorded(request)));
                run.touch(now);
                runs.saveAndFlush(run);
                return attempt.id();
            });
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException startedElsewhere) {
            throw new StepNotReady("Step " + step.number() + " was started by someone else at the same moment.");
        }
    }

    void succeed(long attemptId, GauthExchange exchange, StepOutcome outcome) {
        transaction.executeWithoutResult(status -> {
            StepAttempt attempt = attempts.findById(attemptId).orElseThrow();
            attempt.succeed(recorded(exchange), json.write(outcome.ids().ordered()), clock.instant());
            ProvisioningRun run = run(attempt.runId());
            run.recordIds(outcome.ids());
            outcome.forget().forEach(name -> secrets.forget(run.id(), name));
            outcome.keep().forEach(kept -> secrets.keep(run.id(), kept.name(), kept.value(), kept.expiresAt()));
            settle(run);
            chain.seal(attemptId);
        });
    }

    void fail(long attemptId, GauthExchange exchange, String reason) {
        transaction.executeWithoutResult(status -> {
            StepAttempt attempt = attempts.findById(attemptId).orElseThrow();
            attempt.fail(exchange == null ? null : recorded(exchange), reason, clock.instant());
            settle(run(attempt.runId()));
            chain.seal(attemptId);
        });
    }

    void skip(long runId, Step step, String actor) {
        try {
            transaction.executeWithoutResult(status -> {
                ProvisioningRun run = run(runId);
                RunProgress progress = new RunProgress(attempts.findByRunIdOrderByIdAsc(runId));
                progress.whyNot(step).ifPresent(reason -> {
                    throw new StepNotReady(reason);
                });
                StepAttempt skipped = attempts.save(
                        StepAttempt.skipped(runId, step, progress.nextAttemptNumber(step), actor, clock.instant()));
                settle(run);
                chain.seal(skipped.id());
            });
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException startedElsewhere) {
            throw new StepNotReady("Step " + step.number() + " was changed by someone else at the same moment.");
        }
    }

    /** The run's status follows from its attempts; a run that succeeded keeps no secret any longer. */
    private void settle(ProvisioningRun run) {
        List<StepAttempt> all = attempts.findByRunIdOrderByIdAsc(run.id());
        RunStatus status = new RunProgress(all).status();
        run.progressTo(status, clock.instant());
        runs.saveAndFlush(run);
        if (status == RunStatus.SUCCEEDED) {
            secrets.forgetAll(run.id());
        }
    }

    private ProvisioningRun run(long runId) {
        return runs.findById(runId).orElseThrow(() -> new RunNotFound(runId));
    }

    private RecordedRequest recorded(RequestPreview request) {
        return new RecordedRequest(request.method(), request.url(), json.write(request.headers()), request.body());
    }

    private RecordedResponse recorded(GauthExchange exchange) {
        return new RecordedResponse(
                exchange.httpStatus(),
                exchange.responseHeaders() == null ? null : json.write(exchange.responseHeaders()),
                exchange.responseBody(),
                exchange.duration());
    }
}
