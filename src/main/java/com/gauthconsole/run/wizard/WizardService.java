package com.gauthconsole.run.wizard;

import com.gauthconsole.gauth.Exchanged;
import com.gauthconsole.gauth.Existence;
import com.gauthconsole.gauth.GauthClients;
import com.gauthconsole.gauth.GauthEndpoint;
import com.gauthconsole.gauth.GauthFailure;
import com.gauthconsole.gauth.RequestPreview;
import com.gauthconsole.run.AttemptKind;
import com.gauthconsole.run.AttemptStatus;
import com.gauthconsole.run.AttemptView;
import com.gauthconsole.run.PrettyJson;
import com.gauthconsole.run.RunChanged;
import com.gauthconsole.run.RunSnapshot;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.Actor;
import com.gauthconsole.run.engine.AttemptRecorder;
import com.gauthconsole.run.engine.KeptSecret;
import com.gauthconsole.run.engine.ProvisioningRun;
import com.gauthconsole.run.engine.RunNotFound;
import com.gauthconsole.run.engine.RunProgress;
import com.gauthconsole.run.engine.RunRepository;
import com.gauthconsole.run.engine.RunSecretName;
import com.gauthconsole.run.engine.RunSecrets;
import com.gauthconsole.run.engine.StepAttempt;
import com.gauthconsole.run.engine.StepAttemptRepository;
import com.gauthconsole.run.engine.StepInputs;
import com.gauthconsole.run.engine.StepNotReady;
import com.gauthconsole.run.engine.StepOutcome;
import com.gauthconsole.run.step.ApiClientForm;
import com.gauthconsole.run.step.ExistingObject;
import com.gauthconsole.run.step.IdAdoption;
import com.gauthconsole.run.step.IdAdoptions;
import com.gauthconsole.run.step.RunFacts;
import com.gauthconsole.run.step.StepCall;
import com.gauthconsole.run.step.StepContext;
import com.gauthconsole.run.step.StepExecutor;
import com.gauthconsole.run.step.StepExecutors;
import com.gauthconsole.run.step.StepForm;
import com.gauthconsole.run.step.TokenForm;
import com.gauthconsole.run.step.TokenRefresh;
import com.gauthconsole.secret.Secret;
import com.gauthconsole.targets.GauthTarget;
import com.gauthconsole.targets.TargetCatalog;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import tools.jackson.databind.JsonNode;

/**
 * The provisioning wizard: starts runs, shows where they stand, previews and executes their steps in order, lets a
 * lead re-run or adopt what failed, and records every attempt. GAuth failures end as failed attempts with a reason,
 * never as exceptions to the page.
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
    private final StepMetrics metrics;
    private final ApplicationEventPublisher events;
    private final IdAdoptions idAdoptions;
    private final StepExecutor<TokenForm> tokenRefresh = new TokenRefresh();

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
            Clock clock,
            StepMetrics metrics,
            IdAdoptions idAdoptions,
            ApplicationEventPublisher events) {
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
        this.metrics = metrics;
        this.idAdoptions = idAdoptions;
        this.events = events;
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
                form.customerDomain().strip(),
                actor,
                clock.instant()));
        String startedFrom = "";
        if (form.from() != null && runs.existsById(form.from())) {
            run.startFrom(form.from());
            startedFrom = Long.toString(form.from());
        }
        events.publishEvent(new RunChanged(RunSnapshot.of(run), RunChanged.Change.STARTED, actor, startedFrom));
        return Optional.of(run.id());
    }

    /** The new-run form of a run started from another one: its target and domains. */
    @Transactional(readOnly = true)
    public NewRunForm newRunFrom(long sourceRunId) {
        ProvisioningRun source = run(sourceRunId);
        return new NewRunForm(source.targetName(), source.clusterDomain(), source.customerDomain(), source.id());
    }

    @Transactional(readOnly = true)
    public RunOverview overview(long runId) {
        return views.overview(run(runId), attempts.findByRunIdOrderByIdAsc(runId), secrets.kept(runId));
    }

    /** Every attempt of the run in the order they were made, as pages show them. */
    @Transactional(readOnly = true)
    public List<AttemptView> attempts(long runId) {
        run(runId);
        return attempts.findByRunIdOrderByIdAsc(runId).stream()
                .map(views::attempt)
                .toList();
    }

    @Transactional(readOnly = true)
    public StepPage page(long runId, Step step, Actor actor) {
        ProvisioningRun run = run(runId);
        List<StepAttempt> all = attempts.findByRunIdOrderByIdAsc(runId);
        RunProgress progress = new RunProgress(all);
        Optional<StepAttempt> latest = progress.latest(step);
        List<KeptSecret> kept = secrets.kept(runId);
        return new StepPage(
                views.overview(run, all, kept),
                step,
                progress.whyNot(step, actor, AttemptKind.EXECUTE).orElse(null),
                latest.map(views::attempt).orElse(null),
                keptSecretFields(kept, step),
                actor.lead() && latest.map(StepAttempt::mayHaveCreated).orElse(false),
                executors.of(step).adoptionById().map(IdAdoption::idLabel).orElse(null));
    }

    /** The form as the page first shows it: the last attempt's inputs to correct, or the defaults. */
    @Transactional(readOnly = true)
    public StepForm form(long runId, Step step) {
        return form(runId, executors.of(step));
    }

    /** Checks that need the run; adds field errors, changes nothing. */
    public <F extends StepForm> void validate(long runId, Step step, F form, Errors errors) {
        StepExecutor<F> executor = executor(step, form);
        executor.validate(form, context(run(runId)), errors);
    }

    /**
     * The exact request the step would send, redacted. Keeps typed secrets so that the preview can be executed, once
     * the actor may run the step at all.
     */
    public <F extends StepForm> RequestPreview preview(long runId, Step step, F form, Actor actor) {
        ProvisioningRun run = run(runId);
        StepExecutor<F> executor = executor(step, form);
        requireMayRun(run, step, actor);
        keepTypedSecrets(run, executor, form);
        RequestPreview preview = executor.prepare(form, context(run)).call().preview();
        return new RequestPreview(preview.method(), preview.url(), preview.headers(), PrettyJson.of(preview.body()));
    }

    /**
     * Sends the step to GAuth and records the attempt; a GAuth failure becomes a failed attempt. A step that needs
     * the access token gets a fresh one first (its own audited attempt) when the kept one has expired.
     */
    public <F extends StepForm> void execute(long runId, Step step, F form, Actor actor) {
        ProvisioningRun run = run(runId);
        StepExecutor<F> executor = executor(step, form);
        requireMayRun(run, step, actor);
        keepTypedSecrets(run, executor, form);
        if (executor.needsAccessToken()) {
            renewTokenIfExpired(run, actor);
        }
        attempt(run, executor, form, AttemptKind.EXECUTE, actor);
    }

    /**
     * A lead closes a run that will not be finished: no step runs any more, and the secrets it kept are deleted.
     * Refused while one of its steps is running, since that call may still bring back IDs or a secret.
     */
    @Transactional
    public void abandon(long runId, Actor actor, String reason) {
        ProvisioningRun run = run(runId);
        if (!actor.lead()) {
            throw new StepNotReady("Only a team lead can abandon a run.");
        }
        if (!run.status().open()) {
            throw new StepNotReady("This run is " + run.status().name().toLowerCase(Locale.ROOT)
                    + " already; there is nothing to abandon.");
        }
        RunProgress progress = new RunProgress(attempts.findByRunIdOrderByIdAsc(runId));
        if (Arrays.stream(Step.values()).anyMatch(progress::isRunning)) {
            throw new StepNotReady("A step of this run is running: wait until it ends before abandoning the run.");
        }
        run.abandon(actor.name(), reason.strip(), clock.instant());
        runs.saveAndFlush(run);
        secrets.forgetAll(runId);
        log.info("Run {} abandoned by {}", runId, actor.name());
        events.publishEvent(
                new RunChanged(RunSnapshot.of(run), RunChanged.Change.ABANDONED, actor.name(), run.abandonReason()));
    }

    /**
     * Keeps the API client's secret again for a run that forgot it (after the retention period), so that it can
     * create tokens again; the next token renewal checks it with GAuth.
     */
    @Transactional
    public void keepClientSecretAgain(long runId, Actor actor, Secret clientSecret) {
        ProvisioningRun run = run(runId);
        requireOpenOnItsUrl(run);
        if (run.clientId() == null) {
            throw new StepNotReady("Create the API client (step 1) first.");
        }
        if (KeptSecret.tokensPossible(secrets.kept(runId))) {
            throw new StepNotReady("This run still keeps what it needs to get tokens; nothing was changed.");
        }
        if (clientSecret == null
                || clientSecret.isEmpty()
                || clientSecret.reveal().length() > ApiClientForm.MAX_SECRET) {
            throw new StepNotReady("Enter the API client secret of " + run.clientId() + ".");
        }
        secrets.keep(runId, RunSecretName.CLIENT_SECRET, clientSecret, null);
        events.publishEvent(
                new RunChanged(RunSnapshot.of(run), RunChanged.Change.CLIENT_SECRET_GIVEN_AGAIN, actor.name(), ""));
    }

    public void skip(long runId, Step step, Actor actor) {
        if (!step.optional()) {
            throw new StepNotReady("Step " + step.number() + " is required and cannot be skipped.");
        }
        recorder.skip(runId, step, actor);
    }

    /** What GAuth holds in place of what the step's failed attempt tried to create (a lead's question). */
    public ExistingObject findExisting(long runId, Step step, Actor actor) {
        return findExisting(run(runId), executors.of(step), actor);
    }

    /**
     * Adopts the object GAuth already holds as the step's outcome, as an audited attempt of its own; an API client
     * also needs its secret, which GAuth never shows again.
     */
    public void adopt(long runId, Step step, Actor actor, Secret clientSecret) {
        ExistingObject existing = findExisting(run(runId), executors.of(step), actor);
        if (!existing.adoptable()) {
            throw new StepNotReady("GAuth does not show this object, so there is nothing to adopt: re-run the step.");
        }
        List<StepOutcome.KeptSecret> keep = List.of();
        if (existing.needsClientSecret()) {
            if (clientSecret == null || clientSecret.isEmpty()) {
                throw new StepNotReady("Enter the existing client's secret: the next step authenticates with it.");
            }
            keep = List.of(new StepOutcome.KeptSecret(RunSecretName.CLIENT_SECRET, clientSecret, null));
        }
        recorder.adopt(runId, step, actor, existing.lookUp(), new StepOutcome(existing.ids(), keep, List.of()), "[]");
    }

    /**
     * Adopts the environment or contact center a lead found in GAuth under the ID they typed, once GAuth's read call
     * has been asked about it; see {@link IdAdoptions} for what each answer comes to.
     */
    public void adoptById(long runId, Step step, Actor actor, String typedId, String reason) {
        ProvisioningRun run = run(runId);
        StepExecutor<?> executor = executors.of(step);
        IdAdoption adoption = executor.adoptionById()
                .orElseThrow(() -> new StepNotReady("Step " + step.number() + " is not adopted by an ID."));
        String id = IdAdoptions.checkedId(adoption, typedId);
        adoptableFailure(run, step, actor);
        if (executor.needsAccessToken()) {
            renewTokenIfExpired(run, actor);
        }
        Existence existence = adoption.lookUp().apply(context(run), id);
        idAdoptions.record(runId, step, actor, adoption, id, reason, existence);
    }

    private <F extends StepForm> ExistingObject findExisting(
            ProvisioningRun run, StepExecutor<F> executor, Actor actor) {
        StepAttempt failed = adoptableFailure(run, executor.step(), actor);
        if (executor.needsAccessToken()) {
            renewTokenIfExpired(run, actor);
        }
        F inputs = json.read(failed.inputs(), executor.formType());
        return executor.findExisting(inputs, context(run))
                .orElseThrow(() -> new StepNotReady("This step creates nothing that could be adopted."));
    }

    private StepAttempt adoptableFailure(ProvisioningRun run, Step step, Actor actor) {
        requireOpenOnItsUrl(run);
        return new RunProgress(attempts.findByRunIdOrderByIdAsc(run.id()))
                .latest(step)
                .filter(attempt -> actor.lead() && attempt.mayHaveCreated())
                .orElseThrow(() -> new StepNotReady(
                        "Only a lead can look for an existing object, after a failure that may have created it."));
    }

    /** The refresh grant first, when a refresh token is kept; the password grant of step 2 when that fails. */
    private void renewTokenIfExpired(ProvisioningRun run, Actor actor) {
        if (secrets.has(run.id(), RunSecretName.ACCESS_TOKEN)) {
            return;
        }
        Optional<String> failure = secrets.has(run.id(), RunSecretName.REFRESH_TOKEN)
                ? attempt(run, tokenRefresh, new TokenForm(), AttemptKind.TOKEN_RENEWAL, actor)
                : Optional.of("no refresh token is kept");
        if (failure.isPresent()) {
            StepExecutor<TokenForm> tokens = executors.of(Step.CREATE_TOKEN, TokenForm.class);
            failure = attempt(run, tokens, new TokenForm(), AttemptKind.TOKEN_RENEWAL, actor);
        }
        if (failure.isPresent()) {
            throw new StepNotReady("The access token had expired and a new one could not be created: " + failure.get()
                    + " See step 2.");
        }
    }

    /** Makes one recorded attempt; answers the failure reason, or empty when it succeeded. */
    private <F extends StepForm> Optional<String> attempt(
            ProvisioningRun run, StepExecutor<F> executor, F form, AttemptKind kind, Actor actor) {
        StepContext context = context(run);
        StepCall<?> call = executor.prepare(form, context);
        Step step = executor.step();
        GauthEndpoint endpoint = context.target().endpoint();
        long attemptId = recorder.begin(
                run.id(),
                step,
                kind,
                actor,
                json.write(form),
                call.call().recorded(),
                endpoint.connectTimeout().plus(endpoint.responseTimeout()));
        long started = System.nanoTime();
        try {
            Exchanged<StepOutcome> sent = call.send();
            recorder.succeed(attemptId, sent.exchange(), sent.result());
            metrics.record(step, run.targetName(), kind, "succeeded", Duration.ofNanos(System.nanoTime() - started));
            return Optional.empty();
        } catch (GauthFailure failure) {
            recorder.fail(attemptId, failure.exchange(), failure.kind().name(), failure.getMessage());
            metrics.record(step, run.targetName(), kind, "failed", Duration.ofNanos(System.nanoTime() - started));
            return Optional.of(failure.getMessage());
        } catch (RuntimeException unexpected) {
            log.error(
                    "Step {} of run {} (attempt {}) failed inside the console", step, run.id(), attemptId, unexpected);
            String reason = "The console itself failed while running this step (attempt " + attemptId + "); its log"
                    + " has the details. Check in GAuth whether the step took effect before re-running it.";
            recorder.fail(attemptId, null, "CONSOLE_ERROR", reason);
            return Optional.of(reason);
        }
    }

    private <F extends StepForm> F form(long runId, StepExecutor<F> executor) {
        List<StepAttempt> all = attempts.findByRunIdOrderByIdAsc(runId);
        ProvisioningRun run = run(runId);
        return latestInputs(all, executor.step())
                .map(inputs -> json.read(inputs, executor.formType()))
                .or(() -> run.startedFrom().flatMap(source -> reused(run, source, executor, all)))
                .orElseGet(() -> executor.defaults(facts(run, all)));
    }

    /**
     * The step's inputs in the run this one was started from, with that run's domains replaced by this run's (the
     * redirect URIs, domains and origins derive from them) and the CC-id and secrets left to be typed anew.
     */
    private <F extends StepForm> Optional<F> reused(
            ProvisioningRun run, long sourceId, StepExecutor<F> executor, List<StepAttempt> all) {
        return runs.findById(sourceId)
                .flatMap(source -> latestInputs(attempts.findByRunIdOrderByIdAsc(sourceId), executor.step())
                        .map(inputs -> inputs.replace(source.clusterDomain(), run.clusterDomain())
                                .replace(source.customerDomain(), run.customerDomain()))
                        .map(inputs -> executor.reused(json.read(inputs, executor.formType()), facts(run, all))));
    }

    private static Optional<String> latestInputs(List<StepAttempt> attempts, Step step) {
        return new RunProgress(attempts).latest(step).map(StepAttempt::inputs);
    }

    private <F extends StepForm> StepExecutor<F> executor(Step step, F form) {
        @SuppressWarnings("unchecked")
        Class<F> formType = (Class<F>) form.getClass();
        return executors.of(step, formType);
    }

    /** The checks that come before anything typed is kept: the run is open and the actor may run the step now. */
    private void requireMayRun(ProvisioningRun run, Step step, Actor actor) {
        requireOpenOnItsUrl(run);
        new RunProgress(attempts.findByRunIdOrderByIdAsc(run.id()))
                .whyNot(step, actor, AttemptKind.EXECUTE)
                .ifPresent(reason -> {
                    throw new StepNotReady(reason);
                });
    }

    private <F extends StepForm> void keepTypedSecrets(ProvisioningRun run, StepExecutor<F> executor, F form) {
        executor.typedSecrets(form).forEach((name, secret) -> secrets.keep(run.id(), name, secret, null));
    }

    /** Whether the run's target now points at another URL than the one the run started on. */
    @Transactional(readOnly = true)
    public boolean targetMoved(long runId) {
        ProvisioningRun run = run(runId);
        return targets.find(run.targetName())
                .filter(target -> !target.baseUrl().equals(run.targetUrl()))
                .isPresent();
    }

    /**
     * A lead lets the run go on at its target's current URL. The secrets it kept were given for the old one: they
     * are dropped, the API client's secret is typed again (the next token needs it) and the rest where a step asks.
     */
    @Transactional
    public void continueOnCurrentTargetUrl(long runId, Actor actor, Secret clientSecret) {
        if (!actor.lead()) {
            throw new StepNotReady("Only a team lead can move a run to its target's new URL.");
        }
        ProvisioningRun run = run(runId);
        run.whyClosed().ifPresent(reason -> {
            throw new StepNotReady(reason);
        });
        GauthTarget target = currentTarget(run);
        boolean hasClient = secrets.has(runId, RunSecretName.CLIENT_SECRET);
        if (hasClient && (clientSecret == null || clientSecret.isEmpty())) {
            throw new StepNotReady("Enter the API client's secret for the new URL: the next access token needs it.");
        }
        log.info("{} moved run {} from {} to {}", actor.name(), runId, run.targetUrl(), target.baseUrl());
        String movedFrom = run.targetUrl();
        run.moveTo(target.baseUrl(), clock.instant());
        events.publishEvent(new RunChanged(
                RunSnapshot.of(run), RunChanged.Change.MOVED, actor.name(), movedFrom + " -> " + target.baseUrl()));
        secrets.forgetAll(runId);
        if (hasClient) {
            secrets.keep(runId, RunSecretName.CLIENT_SECRET, clientSecret, null);
        }
    }

    private GauthTarget currentTarget(ProvisioningRun run) {
        return targets.find(run.targetName())
                .orElseThrow(() -> new StepNotReady("The GAuth target '" + run.targetName()
                        + "' of this run is no longer configured: ask a lead to restore it."));
    }

    /** The checks before anything is kept or sent: the run is open, and its target still has the run's URL. */
    private void requireOpenOnItsUrl(ProvisioningRun run) {
        run.whyClosed().ifPresent(reason -> {
            throw new StepNotReady(reason);
        });
        onItsUrl(run);
    }

    /** A run calls only the URL it started on: its credentials and secrets were given for that GAuth. */
    private GauthTarget onItsUrl(ProvisioningRun run) {
        GauthTarget target = currentTarget(run);
        if (!target.baseUrl().equals(run.targetUrl())) {
            throw new StepNotReady("The GAuth target '" + run.targetName() + "' now points at " + target.baseUrl()
                    + ", but this run started on " + run.targetUrl() + " and nothing is sent elsewhere. A team lead"
                    + " can continue the run on the new URL (its kept secrets are then typed again) or abandon it.");
        }
        return target;
    }

    private StepContext context(ProvisioningRun run) {
        GauthTarget target = onItsUrl(run);
        return new StepContext(run, target, gauth.to(target.endpoint()), secrets, clock);
    }

    private RunFacts facts(ProvisioningRun run, List<StepAttempt> all) {
        Map<Step, JsonNode> succeededInputs = new EnumMap<>(Step.class);
        all.stream()
                .filter(attempt -> attempt.status() == AttemptStatus.SUCCEEDED && attempt.inputs() != null)
                .forEach(attempt -> succeededInputs.put(attempt.step(), json.tree(attempt.inputs())));
        return new RunFacts(
                run.clusterDomain(),
                run.customerDomain(),
                run.targetUrl(),
                succeededInputs,
                targets.defaults(run.targetName()));
    }

    private Set<String> keptSecretFields(List<KeptSecret> kept, Step step) {
        Set<RunSecretName> names = kept.stream().map(KeptSecret::name).collect(Collectors.toSet());
        Set<String> fields = new HashSet<>();
        executors.of(step).secretFields().forEach((field, name) -> {
            if (names.contains(name)) {
                fields.add(field);
            }
        });
        return fields;
    }

    private ProvisioningRun run(long runId) {
        return runs.findById(runId).orElseThrow(() -> new RunNotFound(runId));
    }
}
