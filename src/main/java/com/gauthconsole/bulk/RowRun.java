package com.gauthconsole.bulk;

import com.gauthconsole.run.RunStatus;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.Actor;
import com.gauthconsole.run.engine.StepNotReady;
import com.gauthconsole.run.step.StepForm;
import com.gauthconsole.run.step.TokenForm;
import com.gauthconsole.run.wizard.RunOverview;
import com.gauthconsole.run.wizard.WizardService;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Runs one row as an ordinary run through the wizard's service: start, then steps 1 to 6 in order (6 skipped when
 * the row names no CORS origins), each step an attempt with its own events and audit, acting as the uploader. The
 * first step that does not succeed ends the row; its run stays as the wizard leaves a failed run, for a lead.
 */
@Component
class RowRun {

    private final WizardService wizard;

    RowRun(WizardService wizard) {
        this.wizard = wizard;
    }

    RowOutcome run(RowPlan plan, Actor actor, LongConsumer started) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(plan.run(), "run");
        Optional<Long> runId = wizard.start(actor.name(), plan.run(), errors);
        if (runId.isEmpty()) {
            return RowOutcome.failed(null, "The run could not start: the target is no longer configured.");
        }
        long id = runId.get();
        started.accept(id);
        try {
            Optional<RowOutcome> failed = step(id, Step.CREATE_API_CLIENT, plan.client(), actor)
                    .or(() -> step(id, Step.CREATE_TOKEN, new TokenForm(), actor))
                    .or(() -> step(id, Step.ADD_ENVIRONMENT, plan.environment(), actor))
                    .or(() -> step(id, Step.ADD_CONTACT_CENTER, plan.contactCenter(), actor))
                    .or(() -> step(id, Step.ADD_DATA_CENTER, plan.dataCenter(), actor));
            if (failed.isPresent()) {
                return failed.get();
            }
            if (plan.cors().isPresent()) {
                Optional<RowOutcome> cors =
                        step(id, Step.UPDATE_CORS, plan.cors().get(), actor);
                if (cors.isPresent()) {
                    return cors.get();
                }
            } else {
                wizard.skip(id, Step.UPDATE_CORS, actor);
            }
        } catch (StepNotReady notReady) {
            return RowOutcome.failed(id, notReady.getMessage());
        }
        RunOverview overview = wizard.overview(id);
        return overview.facts().status() == RunStatus.SUCCEEDED
                ? RowOutcome.succeeded(id, overview.facts().contactCenterId())
                : RowOutcome.failed(id, "The run ended " + overview.facts().status() + ".");
    }

    /** Executes the step; answers the row's failure when its attempt did not succeed. */
    private <F extends StepForm> Optional<RowOutcome> step(long runId, Step step, F form, Actor actor) {
        wizard.execute(runId, step, form, actor);
        RunOverview overview = wizard.overview(runId);
        boolean done = overview.steps().stream().anyMatch(state -> state.step() == step && state.done());
        if (done) {
            return Optional.empty();
        }
        String reason = Optional.ofNullable(wizard.page(runId, step, actor).latest())
                .map(attempt -> attempt.failureReason())
                .orElse("it did not run");
        return Optional.of(
                RowOutcome.failed(runId, "Step " + step.number() + " (" + step.title() + ") failed: " + reason));
    }
}
