package com.gauthconsole.run.api;

import com.gauthconsole.api.ApiEndpoint;
import com.gauthconsole.api.ApiProblem;
import com.gauthconsole.api.ApiProblemType;
import com.gauthconsole.gauth.RequestPreview;
import com.gauthconsole.run.AttemptStatus;
import com.gauthconsole.run.AttemptView;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.Actor;
import com.gauthconsole.run.engine.RunNotFound;
import com.gauthconsole.run.engine.StepNotReady;
import com.gauthconsole.run.step.ExistingObject;
import com.gauthconsole.run.step.StepExecutors;
import com.gauthconsole.run.step.StepForm;
import com.gauthconsole.run.wizard.AbandonForm;
import com.gauthconsole.run.wizard.Actors;
import com.gauthconsole.run.wizard.NewRunForm;
import com.gauthconsole.run.wizard.StepPage;
import com.gauthconsole.run.wizard.WizardService;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Runs through the JSON API, by the wizard's service: the same checks, records and events as the pages. A step's
 * attempt that fails answers the {@code gauth-failure} problem with the failure's kind, whether GAuth may have
 * applied it, and the attempt; the step stays failed for a lead to re-run, as on the pages.
 */
@ApiEndpoint
@RequestMapping("/api/v1/runs")
class RunApiController {

    private final WizardService wizard;
    private final Actors actors;
    private final StepExecutors executors;
    private final StepBodies bodies;

    RunApiController(WizardService wizard, Actors actors, StepExecutors executors, StepBodies bodies) {
        this.wizard = wizard;
        this.actors = actors;
        this.executors = executors;
        this.bodies = bodies;
    }

    @PostMapping
    ResponseEntity<RunResource> start(@Valid @RequestBody NewRunForm form, Authentication user) {
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        long runId = wizard.start(user.getName(), form, errors).orElseThrow(() -> ApiProblem.invalid(errors));
        return ResponseEntity.created(URI.create("/api/v1/runs/" + runId)).body(run(runId));
    }

    @GetMapping("/{runId}")
    RunResource run(@PathVariable long runId) {
        return RunResource.of(wizard.overview(runId), wizard.attempts(runId));
    }

    @GetMapping("/{runId}/steps/{slug}")
    StepResource step(@PathVariable long runId, @PathVariable String slug, Authentication user) {
        return stepResource(runId, step(slug), actors.of(user));
    }

    @PostMapping("/{runId}/steps/{slug}/preview")
    RequestPreview preview(
            @PathVariable long runId,
            @PathVariable String slug,
            @RequestBody(required = false) Map<String, Object> body,
            Authentication user) {
        Step step = step(slug);
        return wizard.preview(runId, step, form(runId, step, executors.of(step).formType(), body), actors.of(user));
    }

    /** Sends the step; after a failed attempt, a lead's execute is the re-run. */
    @PostMapping("/{runId}/steps/{slug}/execute")
    StepResource execute(
            @PathVariable long runId,
            @PathVariable String slug,
            @RequestBody(required = false) Map<String, Object> body,
            Authentication user) {
        Step step = step(slug);
        Actor actor = actors.of(user);
        wizard.execute(runId, step, form(runId, step, executors.of(step).formType(), body), actor);
        return outcome(runId, step, actor);
    }

    /** The same as execute, for leads only: for scripts that must not start a step anew by mistake. */
    @PostMapping("/{runId}/steps/{slug}/re-run")
    StepResource reRun(
            @PathVariable long runId,
            @PathVariable String slug,
            @RequestBody(required = false) Map<String, Object> body,
            Authentication user) {
        return execute(runId, slug, body, user);
    }

    @PostMapping("/{runId}/steps/{slug}/skip")
    StepResource skip(@PathVariable long runId, @PathVariable String slug, Authentication user) {
        Step step = step(slug);
        wizard.skip(runId, step, actors.of(user));
        return stepResource(runId, step, actors.of(user));
    }

    @PostMapping("/{runId}/steps/{slug}/existing")
    ExistingObject existing(@PathVariable long runId, @PathVariable String slug, Authentication user) {
        return wizard.findExisting(runId, step(slug), actors.of(user));
    }

    @PostMapping("/{runId}/steps/{slug}/adopt")
    StepResource adopt(
            @PathVariable long runId,
            @PathVariable String slug,
            @RequestBody(required = false) Map<String, Object> body,
            Authentication user) {
        Step step = step(slug);
        Actor actor = actors.of(user);
        wizard.adopt(
                runId,
                step,
                actor,
                bodies.read(body, ApiRequests.Adoption.class).clientSecret());
        return outcome(runId, step, actor);
    }

    @PostMapping("/{runId}/steps/{slug}/adopt-by-id")
    StepResource adoptById(
            @PathVariable long runId,
            @PathVariable String slug,
            @Valid @RequestBody ApiRequests.AdoptionById body,
            Authentication user) {
        Step step = step(slug);
        Actor actor = actors.of(user);
        wizard.adoptById(runId, step, actor, body.id(), body.reason() == null ? "" : body.reason());
        return outcome(runId, step, actor);
    }

    @PostMapping("/{runId}/abandon")
    RunResource abandon(@PathVariable long runId, @Valid @RequestBody AbandonForm form, Authentication user) {
        wizard.abandon(runId, actors.of(user), form.reason());
        return run(runId);
    }

    @ExceptionHandler(StepNotReady.class)
    ProblemDetail notReady(StepNotReady notReady) {
        return ApiProblemType.STEP_NOT_READY.problem(notReady.getMessage());
    }

    @ExceptionHandler(RunNotFound.class)
    ProblemDetail notFound(RunNotFound missing) {
        return ApiProblemType.NOT_FOUND.problem(missing.getMessage());
    }

    private <F extends StepForm> F form(long runId, Step step, Class<F> type, Map<String, Object> body) {
        StepBodies.Bound<F> bound = bodies.bind(type.cast(wizard.form(runId, step)), type, body);
        if (!bound.errors().hasErrors()) {
            wizard.validate(runId, step, bound.form(), bound.errors());
        }
        if (bound.errors().hasErrors()) {
            throw ApiProblem.invalid(bound.errors());
        }
        return bound.form();
    }

    /** The step after an attempt; a failed attempt is the problem's answer, with the attempt in it. */
    private StepResource outcome(long runId, Step step, Actor actor) {
        StepResource resource = stepResource(runId, step, actor);
        AttemptView latest = resource.latest();
        if (latest != null && latest.status() == AttemptStatus.FAILED) {
            ProblemDetail problem = ApiProblemType.GAUTH_FAILURE.problem(latest.failureReason());
            problem.setProperty("runId", runId);
            problem.setProperty("step", step.slug());
            problem.setProperty("failureKind", latest.failureKind());
            problem.setProperty("mayHaveBeenApplied", latest.mayHaveBeenApplied());
            problem.setProperty("advice", latest.advice());
            problem.setProperty("attempt", latest);
            throw new ApiProblem(problem);
        }
        return resource;
    }

    private StepResource stepResource(long runId, Step step, Actor actor) {
        StepPage page = wizard.page(runId, step, actor);
        return StepResource.of(page, bodies.show(wizard.form(runId, step)));
    }

    private static Step step(String slug) {
        return Step.bySlug(slug)
                .orElseThrow(() -> new ApiProblem(ApiProblemType.NOT_FOUND, "There is no step '" + slug + "'"));
    }
}
