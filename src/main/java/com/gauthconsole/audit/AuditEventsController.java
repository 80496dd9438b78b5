package com.gauthconsole.audit;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Auditors read every kind of event, and take a checkpoint of the log when they want one. */
@Controller
@RequestMapping("/history/events")
class AuditEventsController {

    private final AuditEvents events;
    private final AuditCheckpoints checkpoints;

    AuditEventsController(AuditEvents events, AuditCheckpoints checkpoints) {
        this.events = events;
        this.checkpoints = checkpoints;
    }

    @GetMapping
    String list(@Valid @ModelAttribute("filter") EventFilter filter, BindingResult errors, Model model) {
        boolean valid = !errors.hasErrors();
        model.addAttribute("page", valid ? events.page(filter) : new EventPage(List.of(), false));
        model.addAttribute("shown", valid ? filter : EventFilter.everything());
        model.addAttribute("kinds", AuditEventKind.values());
        return "audit/events";
    }

    @PostMapping("/checkpoint")
    String checkpoint(Authentication user, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "checkpoint", checkpoints.write(user.getName()).line());
        return "redirect:/history/events";
    }
}
