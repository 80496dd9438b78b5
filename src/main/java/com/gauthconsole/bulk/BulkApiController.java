package com.gauthconsole.bulk;

import com.gauthconsole.api.ApiEndpoint;
import com.gauthconsole.api.ApiProblemType;
import com.gauthconsole.run.engine.Actor;
import com.gauthconsole.run.wizard.Actors;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Bulk provisioning for scripts, through the same service as the bulk pages: the upload is the CSV file itself as
 * the request's body ({@code Content-Type: text/csv}). A clean upload is kept as a job for its uploader to start; one
 * with any problem is answered with every problem at its row and column, and nothing is kept.
 */
@ApiEndpoint
@RequestMapping("/api/v1/bulk")
class BulkApiController {

    private static final String CSV = "text/csv";

    private final BulkJobs jobs;
    private final Actors actors;

    BulkApiController(BulkJobs jobs, Actors actors) {
        this.jobs = jobs;
        this.actors = actors;
    }

    @GetMapping(value = "/template.csv", produces = CSV)
    String template() {
        return jobs.template();
    }

    @PostMapping(value = "/jobs", consumes = CSV)
    ResponseEntity<Object> check(InputStream csv, Authentication user) {
        Actor actor = actors.of(user);
        BulkCheck check = jobs.check(actor.name(), actor.lead(), csv);
        if (!check.accepted()) {
            ProblemDetail problem = ApiProblemType.VALIDATION.problem(
                    "Some rows of the upload are not valid; nothing was kept. Correct them and upload the file again.");
            problem.setProperty(
                    "problems",
                    check.problems().stream()
                            .map(found ->
                                    new CellProblem(found.row(), found.column().header(), found.message()))
                            .toList());
            return ResponseEntity.badRequest().body(problem);
        }
        return ResponseEntity.created(URI.create("/api/v1/bulk/jobs/" + check.jobId()))
                .body(check);
    }

    @PostMapping("/jobs/{jobId}/start")
    ResponseEntity<BulkJobView> start(@PathVariable long jobId, Authentication user) {
        jobs.start(jobId, actors.of(user));
        return ResponseEntity.accepted().body(jobs.job(jobId));
    }

    @DeleteMapping("/jobs/{jobId}")
    ResponseEntity<Void> discard(@PathVariable long jobId, Authentication user) {
        jobs.discard(jobId, user.getName());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/jobs/{jobId}")
    BulkJobView job(@PathVariable long jobId) {
        return jobs.job(jobId);
    }

    @GetMapping(value = "/jobs/{jobId}/result.csv", produces = CSV)
    void result(@PathVariable long jobId, HttpServletResponse response) throws IOException {
        response.setContentType(CSV + ";charset=UTF-8");
        jobs.writeResult(jobId, response.getWriter());
    }

    @ExceptionHandler(UploadRefused.class)
    ProblemDetail refused(UploadRefused refused) {
        return ApiProblemType.VALIDATION.problem(refused.getMessage());
    }

    @ExceptionHandler(BulkJobRefused.class)
    ProblemDetail refused(BulkJobRefused refused) {
        return ApiProblemType.JOB_REFUSED.problem(refused.getMessage());
    }

    @ExceptionHandler(BulkJobNotFound.class)
    ProblemDetail missing(BulkJobNotFound missing) {
        return ApiProblemType.NOT_FOUND.problem(missing.getMessage());
    }

    /** A cell the check refused: its row (1 is the first customer), its column's header and what is wrong. */
    record CellProblem(int row, String column, String message) {}
}
