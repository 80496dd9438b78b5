package com.gauthconsole.bulk;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Uploads, starts and awaits bulk jobs over the pages, as a signed-in operator would. */
final class BulkTestSupport {

    private final MockMvc mvc;
    private final BulkJobs jobs;
    private final String username;

    BulkTestSupport(MockMvc mvc, BulkJobs jobs, String username) {
        this.mvc = mvc;
        this.jobs = jobs;
        this.username = username;
    }

    MockHttpServletResponse upload(byte[] csv) throws Exception {
        return mvc.perform(multipart("/bulk")
                        .file(new MockMultipartFile("file", "customers.csv", "text/csv", csv))
                        .with(user(username).roles("OPERATOR"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    /** Uploads a clean file and starts its job; answers the job's number. */
    long start(byte[] csv) throws Exception {
        MockHttpServletResponse checked = upload(csv);
        String location = checked.getRedirectedUrl();
        if (location == null || !location.matches("/bulk/\\d+")) {
            throw new AssertionError("The upload was not accepted: " + checked.getContentAsString());
        }
        long jobId = Long.parseLong(location.substring("/bulk/".length()));
        mvc.perform(post("/bulk/" + jobId + "/start")
                        .with(user(username).roles("OPERATOR"))
                        .with(csrf()))
                .andReturn();
        return jobId;
    }

    BulkJobView awaitEnd(long jobId) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            BulkJobView job = jobs.job(jobId);
            if (job.status() == JobStatus.FINISHED || job.status() == JobStatus.INTERRUPTED) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Bulk job " + jobId + " did not end: " + jobs.job(jobId));
    }

    String page(String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                        .with(user(username).roles("OPERATOR")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
