package com.gauthconsole.run;

import com.gauthconsole.gauth.GauthClients;
import com.gauthconsole.gauth.GauthExchange;
import com.gauthconsole.gauth.GauthFailure;
import com.gauthconsole.gauth.RequestPreview;
import com.gauthconsole.target.GauthTarget;
import com.gauthconsole.target.TargetCatalog;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import tools.jackson.databind.JsonNode;

/**
 * The provisioning wizard: starts runs, shows where they stand, previews and executes their steps in order, and
 * records every attempt. GAuth failures end as failed attempts with a reason, never as exceptions to the page.
 */
@Service
public class WizardService {

    private static final Logger log = LoggerFactory.getLogger(WizardService.class);

    private final RunRepository runs;
    private final StepAttemptRepository attempts;
    private final StepExecutors executors;
    private final AttemptRecorder recorder;
    private final RunSecrets secrets;
    private final RunViews views;
    private final StepInputs json;
    private final TargetCatalog targets;
    private final GauthClients gauth;
    private final Clock clock;

    WizardService(
            RunRepository runs,
            StepAttemptRepository attempts,
            StepExecutors executors,
            AttemptRecorder recorder,
            RunSecrets secrets,
            RunViews views,
            StepInputs json,
            TargetCatalog targets,
            GauthClients gauth,
            Clock clock) {
        this.runs = runs;
        this.attempts = attempts;
        this.executors = executors;
        this.recorder = recorder;
        this.secrets = secrets;
        this.views = views;
        this.json = json;
        this.targets = targets;
        this.gauth = gauth;
        this.clock = clock;
    }

    public List<String> targetNames() {
        return targets.names();
    }

    /** Starts a run, or rejects the target field when it names no configured target. */
    @Transactional
    public Optional<Long> start(String actor, NewRunForm form, Errors errors) {
        Optional<GauthTarget> target = targets.find(form.target());
        if (target.isEmpty()) {
            errors.rejectValue("target", "unknown", "Choose one of the configured GAuth targets");
            return Optional.empty();
        }
        ProvisioningRun run = runs.save(new ProvisioningRun(
                target.get().name(),
                target.get().baseUrl(),
                form.clusterDomain().strip(),
                actor,
                clock.instant()));
        return Optional.of(run.id());
    }

    @Transactional(readOnly = true)
    public RunOverview overview(long runId) {
        return views.overview(run(runId), attempts.findByRunIdOrderByIdAsc(runId));
    }

    @Transactional(readOnly = true)
    public StepPage page(long runId, Step step) {
        ProvisioningRun run = run(runId);
        List<StepAttempt> all = attempts.findByRunIdOrderByIdAsc(runId);
        RunProgress progress = new RunProgress(all);
        return new StepPage(
                views.overview(run, all),
                step,
                progress.whyNot(step).orElse(null),
                progress.latest(step).map(views::attempt).orElse(null),
                keptSecretFields(runId, step));
    }

    /** The form as the page first shows it: the last attempt's inputs to correct, or the defaults. */
    @Transactional(readOnly = true)
    public Object form(long runId, Step step) {
        return form(runId, executors.of(step));
    }

    private <F> F form(long runId, StepExecutor<F> executor) {
        List<StepAttempt> all = attempts.findByRunIdOrderByIdAsc(runId);
        return new RunProgress(all)
                .latest(executor.step())
                .filter(attempt -> attempt.inputs() != null)
                .map(attempt -> json.read(attempt.inputs(), executor.formType()))
                .orElseGet(() -> executor.defaults(facts(run(runId), all)));
    }

    /** Checks that need the run; adds field errors, changes nothing. */
    public <F> void validate(long runId, Step step, F form, Errors errors) {
        StepExecutor<F> executor = executor(step, form);
        executor.validate(form, context(run(runId), null), errors);
    }

    /** The exact request the step would send, redacted. Keeps typed secrets so that the preview can be executed. */
    public <F> RequestPreview preview(long runId, Step step, F form) {
        ProvisioningRun run = run(runId);
        StepExecutor<F> executor = executor(step, form);
        keepTypedSecrets(run, executor, form);
        return executor.prepare(form, context(run, null)).call().preview();
    }

    /** Sends the step to GAuth and records the attempt; a GAuth failure becomes a failed attempt. */
    public <F> void execute(long runId, Step step, F form, String actor) {
        ProvisioningRun run = run(runId);
        StepExecutor<F> executor = executor(step, form);
        keepTypedSecrets(run, executor, form);
        AtomicReference<GauthExchange> exchange = new AtomicReference<>();
        StepCall<?> call = executor.prepare(form, context(run, exchange));
        long attemptId =
                recorder.begin(runId, step, actor, json.write(form), call.call().preview());
        try {
            StepOutcome outcome = call.send();
            recorder.succeed(attemptId, exchange.get(), outcome);
        } catch (GauthFailure failure) {
            recorder.fail(attemptId, exchange.get(), failure.getMessage());
        } catch (RuntimeException unexpected) {
            log.error("Step {} of run {} (attempt {}) failed inside the console", step, runId, attemptId, unexpected);
            recorder.fail(
                    attemptId,
                    exchange.get(),
                    "The console itself failed while running this step (attempt " + attemptId + "); its log has"
                            + " the details. Check in GAuth whether the step took effect before trying again.");
        }
    }

    public void skip(long runId, Step step, String actor) {
        if (!step.optional()) {
            throw new StepNotReady("Step " + step.number() + " is required and cannot be skipped.");
        }
        recorder.skip(runId, step, actor);
    }

    private <F> StepExecutor<F> executor(Step step, F form) {
        @SuppressWarnings("unchecked")
        Class<F> formType = (Class<F>) form.getClass();
        return executors.of(step, formType);
    }

    private <F> void keepTypedSecrets(ProvisioningRun run, StepExecutor<F> executor, F form) {
        executor.typedSecrets(form).forEach((name, secret) -> secrets.keep(run.id(), name, secret, null));
    }

    private StepContext context(ProvisioningRun run, AtomicReference<GauthExchange> exchange) {
        GauthTarget target = targets.find(run.targetName())
                .orElseThrow(() -> new StepNotReady("The GAuth target '" + run.targetName()
                        + "' of this run is no longer configured: ask a lead to restore it."));
        return new StepContext(
                run,
                target,
                exchange == null ? gauth.to(target.endpoint()) : gauth.to(target.endpoint(), exchange::set),
                secrets,
                clock);
    }

    private RunFacts facts(ProvisioningRun run, List<StepAttempt> all) {
        Map<Step, JsonNode> succeededInputs = new EnumMap<>(Step.class);
        all.stream()
                .filter(attempt -> attempt.status() == AttemptStatus.SUCCEEDED && attempt.inputs() != null)
                .forEach(attempt -> succeededInputs.put(attempt.step(), json.tree(attempt.inputs())));
        return new RunFacts(run.clusterDomain(), succeededInputs);
    }

    private Set<String> keptSecretFields(long runId, Step step) {
        Set<String> kept = new HashSet<>();
        executors.of(step).secretFields().forEach((field, name) -> {
            if (secrets.has(runId, name)) {
                kept.add(field);
            }
        });
        return kept;
    }

    private ProvisioningRun run(long runId) {
        return runs.findById(runId).orElseThrow(() -> new RunNotFound(runId));
    }
}
