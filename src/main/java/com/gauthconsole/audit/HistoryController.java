package com.gauthconsole.audit;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** The audit history: the filtered list of runs, one run's full record, the exports and the chain's verification. */
@Controller
@RequestMapping("/history")
class HistoryController {

    private static final String FILTER = "filter";

    private final RunHistory history;
    private final RunDetails details;
    private final HistoryExport export;
    private final ChainVerifier verifier;

    HistoryController(RunHistory history, RunDetails details, HistoryExport export, ChainVerifier verifier) {
        this.history = history;
        this.details = details;
        this.export = export;
        this.verifier = verifier;
    }

    @GetMapping
    String list(@Valid @ModelAttribute(FILTER) HistoryFilter filter, BindingResult errors, Model model) {
        boolean valid = !errors.hasErrors();
        model.addAttribute("history", valid ? history.page(filter) : HistoryPage.empty());
        // After a value that could not be read there is no filter object, only the form's rejected values.
        model.addAttribute("shown", valid ? filter : HistoryFilter.everything());
        model.addAttribute("statuses", HistoryFilter.STATUSES);
        model.addAttribute("sorts", HistorySort.values());
        return "audit/history";
    }

    @GetMapping("/runs/{runId}")
    String run(@PathVariable long runId, Model model) {
        model.addAttribute("detail", details.of(runId));
        return "audit/run";
    }

    @GetMapping("/export.csv")
    void csv(@Valid @ModelAttribute(FILTER) HistoryFilter filter, BindingResult errors, HttpServletResponse response)
            throws IOException {
        stream(filter, errors, response, "text/csv;charset=UTF-8", "history.csv", CsvAttemptWriter::new);
    }

    @GetMapping("/export.json")
    void json(@Valid @ModelAttribute(FILTER) HistoryFilter filter, BindingResult errors, HttpServletResponse response)
            throws IOException {
        stream(filter, errors, response, "application/json", "history.json", JsonAttemptWriter::new);
    }

    @PostMapping("/verify")
    String verify(Model model) {
        model.addAttribute("report", verifier.verify());
        return "audit/verify";
    }

    private void stream(
            HistoryFilter filter,
            BindingResult errors,
            HttpServletResponse response,
            String contentType,
            String fileName,
            Function<OutputStream, AttemptWriter> format)
            throws IOException {
        if (errors.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The filter is not valid");
        }
        response.setContentType(contentType);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        export.write(filter, format.apply(response.getOutputStream()));
    }
}
