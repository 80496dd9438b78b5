package com.gauthconsole.audit;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;

/** The audit history: the filtered list of runs, one run's full record, the exports and the log's verification. */
@Controller
@RequestMapping("/history")
class HistoryController {

    private static final String FILTER = "filter";

    private final RunHistory history;
    private final HistoryChoices choices;
    private final RunDetails details;
    private final HistoryDownload download;
    private final EventLogVerifier eventLog;

    HistoryController(
            RunHistory history,
            HistoryChoices choices,
            RunDetails details,
            HistoryDownload download,
            EventLogVerifier eventLog) {
        this.history = history;
        this.choices = choices;
        this.details = details;
        this.download = download;
        this.eventLog = eventLog;
    }

    @GetMapping
    String list(@Valid @ModelAttribute(FILTER) HistoryFilter filter, BindingResult errors, Model model) {
        boolean valid = !errors.hasErrors();
        model.addAttribute("history", valid ? history.page(filter) : HistoryPage.empty());
        // After a value that could not be read there is no filter object, only the form's rejected values.
        model.addAttribute("shown", valid ? filter : HistoryFilter.everything());
        model.addAttribute("statuses", HistoryFilter.STATUSES);
        model.addAttribute("targets", choices.targets(filter.target()));
        model.addAttribute("users", choices.users(filter.user()));
        model.addAttribute("sorts", HistorySort.values());
        return "audit/history";
    }

    @GetMapping("/runs/{runId}")
    String run(@PathVariable long runId, Model model) {
        model.addAttribute("detail", details.of(runId));
        return "audit/run";
    }

    @GetMapping("/export.csv")
    void csv(
            @Valid @ModelAttribute(FILTER) HistoryFilter filter,
            BindingResult errors,
            Authentication user,
            HttpServletResponse response)
            throws IOException {
        download(filter, errors, user, response, HistoryDownload.Format.CSV);
    }

    @GetMapping("/export.json")
    void json(
            @Valid @ModelAttribute(FILTER) HistoryFilter filter,
            BindingResult errors,
            Authentication user,
            HttpServletResponse response)
            throws IOException {
        download(filter, errors, user, response, HistoryDownload.Format.JSON);
    }

    /** Verifies the event log; a pasted checkpoint says whether the log up to its event is the one it saw. */
    @PostMapping("/verify")
    String verify(@RequestParam(required = false) String checkpoint, Model model) {
        Optional<Checkpoint> given = Checkpoint.find(checkpoint);
        model.addAttribute("events", eventLog.verify(given));
        model.addAttribute("checkpointUnreadable", checkpoint != null && !checkpoint.isBlank() && given.isEmpty());
        return "audit/verify";
    }

    private void download(
            HistoryFilter filter,
            BindingResult errors,
            Authentication user,
            HttpServletResponse response,
            HistoryDownload.Format format)
            throws IOException {
        if (errors.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The filter is not valid");
        }
        download.send(filter, user.getName(), format, response);
    }
}
