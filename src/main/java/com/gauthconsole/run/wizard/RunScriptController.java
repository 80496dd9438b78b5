package com.gauthconsole.run.wizard;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves a run's calls as a shell script to repeat by hand ({@link RunScript}). */
@Controller
public class RunScriptController {

    private final RunScript scripts;

    RunScriptController(RunScript scripts) {
        this.scripts = scripts;
    }

    @GetMapping("/runs/{runId}/script.sh")
    ResponseEntity<String> script(@PathVariable long runId) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("run-" + runId + ".sh")
                                .build()
                                .toString())
                .body(scripts.of(runId));
    }
}
