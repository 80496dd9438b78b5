package com.gauthconsole.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.GauthSimulatorClient;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A job's page is read from the database at every request, so it shows a job another instance runs; while rows run it
 * asks the console's one live-region script to follow it, and without scripts it offers a plain refresh link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class BulkJobPageTest {

    private static final String LIVE_REGION = "<div id=\"bulk-job\" data-live=\"2\">";

    @Autowired
    MockMvc mvc;

    @Autowired
    BulkJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @AfterEach
    void clearFaults() {
        new GauthSimulatorClient(port).clearFaults();
    }

    @Test
    void followsARunningJobAndStopsFollowingOnceItEnded() throws Exception {
        new GauthSimulatorClient(port).inject("{\"call\": \"ADD_ENVIRONMENT\", \"delay\": \"PT2S\", \"times\": 1}");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        BulkTestSupport operator = new BulkTestSupport(mvc, jobs, "operator");
        long jobId = operator.start(new BulkCsv().customer(unique).bytes());

        String running = awaitPageShowing(operator, jobId, "RUNNING</td>");
        assertThat(running).contains(LIVE_REGION).contains("id=\"refresh\"").contains("/bulk/" + jobId + "\"");

        BulkJobView job = operator.awaitEnd(jobId);
        String ended = operator.page("/bulk/" + jobId);
        assertThat(ended).doesNotContain("data-live").doesNotContain("id=\"refresh\"");
        assertThat(BulkPages.rowState(ended, 1)).isEqualTo("SUCCEEDED");
        assertThat(ended).contains(job.rows().get(0).contactCenterId());
    }

    @Test
    void showsTheRowsAsTheDatabaseHoldsThem() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        BulkTestSupport operator = new BulkTestSupport(mvc, jobs, "operator");
        long jobId = operator.awaitEnd(
                        operator.start(new BulkCsv().customer(unique).bytes()))
                .id();
        jdbc.sql("UPDATE bulk_row SET contact_center_id = 'written-by-another-instance' WHERE job_id = ?")
                .params(jobId)
                .update();

        assertThat(operator.page("/bulk/" + jobId)).contains("written-by-another-instance");
    }

    private static String awaitPageShowing(BulkTestSupport operator, long jobId, String text) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            String page = operator.page("/bulk/" + jobId);
            if (page.contains(text)) {
                return page;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The job page never showed " + text);
    }
}
