package com.gauthconsole.audit;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Auditors and leads fingerprint a value they know, to see which runs used it, a few times a day. */
@Controller
@RequestMapping("/history/fingerprint")
class FingerprintCheckController {

    private static final String FORM = "form";
    private static final int LONGEST_VALUE = 4096;

    private final FingerprintChecks checks;

    FingerprintCheckController(FingerprintChecks checks) {
        this.checks = checks;
    }

    @GetMapping
    String form(Authentication user, Model model) {
        model.addAttribute(FORM, new FingerprintForm(null));
        return show(user, model);
    }

    @PostMapping
    String check(@ModelAttribute(FORM) FingerprintForm form, BindingResult errors, Authentication user, Model model) {
        if (form.value() == null || form.value().isEmpty()) {
            errors.rejectValue("value", "required", "Enter the value to fingerprint");
        } else if (form.value().reveal().length() > LONGEST_VALUE) {
            errors.rejectValue(
                    "value", "length", "A value longer than " + LONGEST_VALUE + " characters is no secret here");
        } else {
            try {
                model.addAttribute("check", checks.check(user.getName(), form.value()));
            } catch (FingerprintChecksUsedUp usedUp) {
                errors.rejectValue("value", "used-up", usedUp.getMessage());
            }
        }
        return show(user, model);
    }

    private String show(Authentication user, Model model) {
        model.addAttribute("remaining", checks.remaining(user.getName()));
        return "audit/fingerprint";
    }
}
