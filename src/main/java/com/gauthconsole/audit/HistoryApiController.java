package com.gauthconsole.audit;

import com.gauthconsole.api.ApiEndpoint;
import com.gauthconsole.api.ApiProblemType;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit history through the JSON API: the same filters and paging as {@code /history} (the same query
 * parameters), a run's events, the exports and verify, read from the audit's own tables as the pages read them.
 */
@ApiEndpoint
@RequestMapping("/api/v1/history")
class HistoryApiController {

    private final RunHistory history;
    private final RunDetails details;
    private final HistoryDownload download;
    private final EventLogVerifier eventLog;

    HistoryApiController(RunHistory history, RunDetails details, HistoryDownload download, EventLogVerifier eventLog) {
        this.history = history;
        this.details = details;
        this.download = download;
        this.eventLog = eventLog;
    }

    /** A page of runs, newest first unless sorted otherwise; {@code hasNext} says whether {@code page + 1} has more. */
    @GetMapping
    HistoryPage runs(@Valid @ModelAttribute HistoryFilter filter) {
        return history.page(filter);
    }

    /** The run's story from the event log: its events, then every attempt with its request and answer, redacted. */
    @GetMapping("/runs/{runId}")
    RunDetail run(@PathVariable long runId) {
        return details.of(runId);
    }

    @GetMapping("/export.csv")
    void csv(@Valid @ModelAttribute HistoryFilter filter, Authentication user, HttpServletResponse response)
            throws IOException {
        download.send(filter, user.getName(), HistoryDownload.Format.CSV, response);
    }

    @GetMapping("/export.json")
    void json(@Valid @ModelAttribute HistoryFilter filter, Authentication user, HttpServletResponse response)
            throws IOException {
        download.send(filter, user.getName(), HistoryDownload.Format.JSON, response);
    }

    /** Recomputes every link of the event log; a checkpoint line says whether the log up to it is the one it saw. */
    @PostMapping("/verify")
    EventLogReport verify(@RequestParam(required = false) String checkpoint) {
        return eventLog.verify(Checkpoint.find(checkpoint));
    }

    @ExceptionHandler(RunNotInHistory.class)
    ProblemDetail notInHistory(RunNotInHistory missing) {
        return ApiProblemType.NOT_FOUND.problem(missing.getMessage());
    }
}
