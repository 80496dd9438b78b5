package com.gauthconsole.bulk;

import com.gauthconsole.run.engine.Actor;
import com.gauthconsole.run.wizard.Actors;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bulk pages: upload a CSV of customers and see every row checked, start the checked job, follow it (the page
 * refreshes itself from the database while rows run) and download its result.
 */
@Controller
@RequestMapping("/bulk")
class BulkController {

    private final BulkJobs jobs;
    private final Actors actors;
    private final BulkProperties properties;

    BulkController(BulkJobs jobs, Actors actors, BulkProperties properties) {
        this.jobs = jobs;
        this.actors = actors;
        this.properties = properties;
    }

    @GetMapping
    String upload(Model model) {
        return showUpload(model);
    }

    @GetMapping("/template.csv")
    ResponseEntity<String> template() {
        return csv("bulk-template.csv", jobs.template());
    }

    /** Checks the upload; a clean one is kept as a job to start, one with problems is shown with them and dropped. */
    @PostMapping
    String check(@RequestParam(required = false) MultipartFile file, Authentication user, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileProblem", "Choose a CSV file with one customer per row.");
            return showUpload(model);
        }
        Actor actor = actors.of(user);
        BulkCheck check;
        try (InputStream csv = file.getInputStream()) {
            check = jobs.check(actor.name(), actor.lead(), csv);
        } catch (UploadRefused refused) {
            model.addAttribute("fileProblem", refused.getMessage());
            return showUpload(model);
        }
        if (check.accepted()) {
            return "redirect:/bulk/" + check.jobId();
        }
        model.addAttribute("check", check);
        return showUpload(model);
    }

    @GetMapping("/{jobId}")
    String job(@PathVariable long jobId, Model model) {
        model.addAttribute("job", jobs.job(jobId));
        model.addAttribute("parallel", properties.parallel());
        return "bulk/job";
    }

    @PostMapping("/{jobId}/start")
    String start(@PathVariable long jobId, Authentication user, RedirectAttributes redirect) {
        try {
            jobs.start(jobId, actors.of(user));
        } catch (BulkJobRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/bulk/" + jobId;
    }

    @PostMapping("/{jobId}/discard")
    String discard(@PathVariable long jobId, Authentication user, RedirectAttributes redirect) {
        try {
            jobs.discard(jobId, user.getName());
        } catch (BulkJobRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/bulk/" + jobId;
        }
        return "redirect:/bulk";
    }

    @GetMapping("/{jobId}/result.csv")
    void result(@PathVariable long jobId, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("bulk-job-" + jobId + ".csv")
                        .build()
                        .toString());
        jobs.writeResult(jobId, response.getWriter());
    }

    private String showUpload(Model model) {
        model.addAttribute("jobs", jobs.recent());
        model.addAttribute("columns", BulkColumn.values());
        model.addAttribute("maxRows", properties.maxRows());
        model.addAttribute("maxUploadSize", properties.maxUploadSize());
        return "bulk/upload";
    }

    private static ResponseEntity<String> csv(String filename, String body) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
