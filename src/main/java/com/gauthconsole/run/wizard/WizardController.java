package com.gauthconsole.run.wizard;

import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.StepNotReady;
import com.gauthconsole.run.step.ApiClientForm;
import com.gauthconsole.run.step.EnvironmentForm;
import com.gauthconsole.run.step.StepForm;
import com.gauthconsole.secret.Secret;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The wizard's pages. Each step has a form; "preview" shows the exact request, "execute" sends it and comes back to
 * the step's page, which then shows the attempt's outcome.
 */
@Controller
@RequestMapping("/runs")
public class WizardController {

    private static final String FORM = "form";

    private final WizardService wizard;
    private final Actors actors;
    private final StepFormBinding forms;

    WizardController(WizardService wizard, Actors actors, StepFormBinding forms) {
        this.wizard = wizard;
        this.actors = actors;
        this.forms = forms;
    }

    /**
     * The forms are records, filled through their constructors; without this, binding would go on to try every field
     * as a writable property as well, and pay for an exception per field on every post.
     */
    @InitBinder(FORM)
    void bindThroughConstructorsOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @GetMapping("/new")
    String newRun(@RequestParam(required = false) Long from, Model model) {
        String firstTarget = wizard.targetNames().stream().findFirst().orElse("");
        model.addAttribute(FORM, from == null ? new NewRunForm(firstTarget, "", "", null) : wizard.newRunFrom(from));
        return showNewRun(model);
    }

    @PostMapping
    String start(@Valid @ModelAttribute(FORM) NewRunForm form, BindingResult errors, Authentication user, Model model) {
        if (errors.hasErrors()) {
            return showNewRun(model);
        }
        Optional<Long> runId = wizard.start(user.getName(), form, errors);
        return runId.map(id -> "redirect:/runs/" + id + "/steps/" + Step.CREATE_API_CLIENT.slug())
                .orElseGet(() -> showNewRun(model));
    }

    @GetMapping("/{runId}")
    String overview(@PathVariable long runId, Model model) {
        model.addAttribute(FORM, new AbandonForm(""));
        return showOverview(runId, model);
    }

    /** Someone working on the run types the API client secret again after the run forgot it. */
    @PostMapping("/{runId}/client-secret")
    String clientSecretAgain(
            @PathVariable long runId,
            @RequestParam(required = false) Secret clientSecret,
            Authentication user,
            Model model) {
        try {
            wizard.keepClientSecretAgain(runId, actors.of(user), clientSecret);
        } catch (StepNotReady notReady) {
            model.addAttribute(FORM, new AbandonForm(""));
            model.addAttribute("clientSecretProblem", notReady.getMessage());
            return showOverview(runId, model);
        }
        return "redirect:/runs/" + runId;
    }

    /** A lead closes a run that will not be finished, with a reason. */
    @PostMapping("/{runId}/abandon")
    String abandon(
            @PathVariable long runId,
            @Valid @ModelAttribute(FORM) AbandonForm form,
            BindingResult errors,
            Authentication user,
            Model model) {
        if (errors.hasErrors()) {
            return showOverview(runId, model);
        }
        try {
            wizard.abandon(runId, actors.of(user), form.reason());
        } catch (StepNotReady notReady) {
            model.addAttribute("problem", notReady.getMessage());
            return showOverview(runId, model);
        }
        return "redirect:/runs/" + runId;
    }

    @GetMapping("/{runId}/steps/{slug}")
    String step(@PathVariable long runId, @PathVariable String slug, Authentication user, Model model) {
        Step step = step(slug);
        model.addAttribute(FORM, wizard.form(runId, step));
        return show(runId, step, user, model);
    }

    /** Every step's form posts here; the step names the form type it is bound as. */
    @PostMapping("/{runId}/steps/{slug}")
    String submit(
            @PathVariable long runId,
            @PathVariable String slug,
            @RequestParam(defaultValue = "preview") String action,
            HttpServletRequest request,
            Authentication user,
            Model model) {
        Step step = step(slug);
        BindingResult errors = forms.bind(step, request, FORM);
        model.addAllAttributes(errors.getModel());
        return submit(runId, step, (StepForm) errors.getTarget(), errors, action, user, model);
    }

    @PostMapping("/{runId}/steps/cors/skip")
    String skipCors(@PathVariable long runId, Authentication user, RedirectAttributes redirect) {
        try {
            wizard.skip(runId, Step.UPDATE_CORS, actors.of(user));
        } catch (StepNotReady notReady) {
            redirect.addFlashAttribute("problem", notReady.getMessage());
        }
        return "redirect:/runs/" + runId + "/steps/" + Step.UPDATE_CORS.slug();
    }

    /** A lead lets a run whose target moved go on at the target's new URL. */
    @PostMapping("/{runId}/target/continue")
    String continueOnNewTargetUrl(
            @PathVariable long runId,
            @RequestParam("step") String slug,
            @RequestParam(required = false) Secret clientSecret,
            Authentication user,
            RedirectAttributes redirect) {
        Step step = step(slug);
        try {
            wizard.continueOnCurrentTargetUrl(runId, actors.of(user), clientSecret);
            redirect.addFlashAttribute(
                    "notice", "The run now calls its target's new URL: type its secrets again where asked.");
        } catch (StepNotReady notReady) {
            redirect.addFlashAttribute("problem", notReady.getMessage());
        }
        return "redirect:/runs/" + runId + "/steps/" + step.slug();
    }

    /** A lead asks GAuth whether what a failed attempt tried to create exists anyway. */
    @PostMapping("/{runId}/steps/{slug}/existing")
    String existing(@PathVariable long runId, @PathVariable String slug, Authentication user, Model model) {
        Step step = step(slug);
        model.addAttribute(FORM, wizard.form(runId, step));
        try {
            model.addAttribute("existing", wizard.findExisting(runId, step, actors.of(user)));
        } catch (StepNotReady notReady) {
            model.addAttribute("problem", notReady.getMessage());
        }
        return show(runId, step, user, model);
    }

    /** A lead adopts the existing object as the step's outcome instead of creating another. */
    @PostMapping("/{runId}/steps/{slug}/adopt")
    String adopt(
            @PathVariable long runId,
            @PathVariable String slug,
            @RequestParam(required = false) Secret clientSecret,
            Authentication user,
            RedirectAttributes redirect) {
        Step step = step(slug);
        try {
            wizard.adopt(runId, step, actors.of(user), clientSecret);
        } catch (StepNotReady notReady) {
            redirect.addFlashAttribute("problem", notReady.getMessage());
        }
        return "redirect:/runs/" + runId + "/steps/" + step.slug();
    }

    /**
     * A lead adopts the environment or contact center found in GAuth under the ID they type; when it is refused, the
     * page says why and keeps what they typed.
     */
    @PostMapping("/{runId}/steps/{slug}/adopt-by-id")
    String adoptById(
            @PathVariable long runId,
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String id,
            @RequestParam(defaultValue = "") String reason,
            Authentication user,
            Model model) {
        Step step = step(slug);
        try {
            wizard.adoptById(runId, step, actors.of(user), id, reason);
            return "redirect:/runs/" + runId + "/steps/" + step.slug();
        } catch (StepNotReady notReady) {
            model.addAttribute(FORM, wizard.form(runId, step));
            model.addAttribute("problem", notReady.getMessage());
            model.addAttribute("adoptId", id);
            model.addAttribute("adoptReason", reason);
            return show(runId, step, user, model);
        }
    }

    private <F extends StepForm> String submit(
            long runId, Step step, F form, BindingResult errors, String action, Authentication user, Model model) {
        try {
            if (!errors.hasErrors()) {
                wizard.validate(runId, step, form, errors);
            }
            if (errors.hasErrors()) {
                return show(runId, step, user, model);
            }
            if ("execute".equals(action)) {
                wizard.execute(runId, step, form, actors.of(user));
                return "redirect:/runs/" + runId + "/steps/" + step.slug();
            }
            model.addAttribute("preview", wizard.preview(runId, step, form, actors.of(user)));
        } catch (StepNotReady notReady) {
            model.addAttribute("problem", notReady.getMessage());
        }
        return show(runId, step, user, model);
    }

    private String show(long runId, Step step, Authentication user, Model model) {
        model.addAttribute("page", wizard.page(runId, step, actors.of(user)));
        model.addAttribute("targetMoved", actors.of(user).lead() && wizard.targetMoved(runId));
        model.addAttribute("grantTypes", ApiClientForm.GRANT_TYPES);
        model.addAttribute("traceModes", EnvironmentForm.TRACE_MODES);
        return "run/step";
    }

    private String showOverview(long runId, Model model) {
        model.addAttribute("run", wizard.overview(runId));
        model.addAttribute(
                "runLink",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/runs/{id}")
                        .buildAndExpand(runId)
                        .toUriString());
        return "run/overview";
    }

    private String showNewRun(Model model) {
        model.addAttribute("targets", wizard.targetNames());
        return "run/new";
    }

    private static Step step(String slug) {
        return Step.bySlug(slug)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no step '" + slug + "'"));
    }
}
