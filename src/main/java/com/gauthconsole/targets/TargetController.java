package com.gauthconsole.targets;

import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The GAuth targets pages; leads and administrators reach them (see the security configuration). */
@Controller
@RequestMapping("/targets")
class TargetController {

    private static final String LIST = "redirect:/targets";
    private static final String FORM_PAGE = "targets/form";
    private static final String FORM = "target";

    private final TargetAdministration targets;
    private final ConnectionCheck connectionCheck;

    TargetController(TargetAdministration targets, ConnectionCheck connectionCheck) {
        this.targets = targets;
        this.connectionCheck = connectionCheck;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("targets", targets.list());
        return "targets/list";
    }

    @GetMapping("/new")
    String newTarget(Model model) {
        model.addAttribute(FORM, TargetForm.blank());
        return FORM_PAGE;
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute(FORM) TargetForm form,
            BindingResult result,
            Authentication actor,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM_PAGE;
        }
        try {
            targets.create(form, actor.getName());
        } catch (TargetChangeRefused refused) {
            result.rejectValue(refused.field(), "refused", refused.getMessage());
            return FORM_PAGE;
        }
        redirect.addFlashAttribute("notice", "Target " + form.name().strip() + " was added.");
        return LIST;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute(FORM, targets.edit(id));
        model.addAttribute("id", id);
        return FORM_PAGE;
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute(FORM) TargetForm form,
            BindingResult result,
            Authentication actor,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("id", id);
        if (result.hasErrors()) {
            return FORM_PAGE;
        }
        try {
            targets.update(id, form, actor.getName());
        } catch (TargetChangeRefused refused) {
            result.rejectValue(refused.field(), "refused", refused.getMessage());
            return FORM_PAGE;
        }
        redirect.addFlashAttribute("notice", "Target " + form.name().strip() + " was saved.");
        return LIST;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Authentication actor, RedirectAttributes redirect) {
        String name = targets.delete(id, actor.getName());
        redirect.addFlashAttribute("notice", "Target " + name + " was removed.");
        return LIST;
    }

    /** Checks a target without changing anything in it; the outcome is shown on the list. */
    @PostMapping("/test-connection")
    String testConnection(@RequestParam String name, RedirectAttributes redirect) {
        redirect.addFlashAttribute("connection", connectionCheck.check(name));
        return LIST;
    }
}
