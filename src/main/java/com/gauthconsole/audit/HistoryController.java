package com.gauthconsole.audit;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
    private final HistoryExport export;
    private final EventLogVerifier eventLog;
    private final AuditLog auditLog;

    HistoryController(
            RunHistory history,
            HistoryChoices choices,
            RunDetails details,
            HistoryExport export,
            EventLogVerifier eventLog,
            AuditLog auditLog) {
        this.history = history;
        this.choices = choices;
        this.details = details;
        this.export = export;
        this.eventLog = eventLog;
        this.auditLog = auditLog;
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
        stream(filter, errors, user, response, "csv", "text/csv;charset=UTF-8", CsvAttemptWriter::new);
    }

    @GetMapping("/export.json")
    void json(
            @Valid @ModelAttribute(FILTER) HistoryFilter filter,
            BindingResult errors,
            Authentication user,
            HttpServletResponse response)
            throws IOException {
        stream(filter, errors, user, response, "json", "application/json", JsonAttemptWriter::new);
    }

    /** Verifies the event log; a pasted checkpoint says whether the log up to its event is the one it saw. */
    @PostMapping("/verify")
    String verify(@RequestParam(required = false) String checkpoint, Model model) {
        Optional<Checkpoint> given = Checkpoint.find(checkpoint);
        model.addAttribute("events", eventLog.verify(given));
        model.addAttribute("checkpointUnreadable", checkpoint != null && !checkpoint.isBlank() && given.isEmpty());
        return "audit/verify";
    }

    private void stream(
            HistoryFilter filter,
            BindingResult errors,
            Authentication user,
            HttpServletResponse response,
            String extension,
            String contentType,
            Function<OutputStream, AttemptWriter> format)
            throws IOException {
        if (errors.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The filter is not valid");
        }
        String fileName = "history." + extension;
        auditLog.append(new AuditEntry(
                AuditEventKind.HISTORY_EXPORTED,
                user.getName(),
                "history",
                null,
                Map.of("format", extension, "filter", filter.exportLink(extension))));
        response.setContentType(contentType);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        export.write(filter, format.apply(response.getOutputStream()));
    }
}
