package com.gauthconsole.audit.dashboard;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The dashboard for leads and auditors: the history of 30 days drawn as charts, each beside its table. */
@Controller
class DashboardController {

    private final Dashboard dashboard;
    private final Clock clock;

    DashboardController(Dashboard dashboard, Clock clock) {
        this.dashboard = dashboard;
        this.clock = clock;
    }

    @GetMapping("/history/dashboard")
    String show(@Valid @ModelAttribute("form") DashboardForm form, BindingResult errors, Model model) {
        LocalDate last =
                errors.hasErrors() || form.last() == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : form.last();
        model.addAttribute("dashboard", dashboard.of(DashboardPeriod.endingOn(last)));
        model.addAttribute("outcomes", DashboardData.OUTCOMES);
        return "audit/dashboard";
    }
}
