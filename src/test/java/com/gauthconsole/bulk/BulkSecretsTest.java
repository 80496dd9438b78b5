package com.gauthconsole.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.gauthconsole.testing.DatabaseContent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The client secrets and Configuration Server passwords of an upload are sealed like typed ones: planted values reach
 * no column of any table (while the job waits to be started, and after it ran), no log line, no page and not the
 * result CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class BulkSecretsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    BulkJobs jobs;

    @Autowired
    DataSource dataSource;

    @Test
    void plantedSecretsReachNoColumnLogLinePageOrResult(CapturedOutput output) throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String clientSecret = "bulk-canary-client-secret-" + unique;
        String password = "bulk-canary-cs-password-" + unique;
        String refusedRowPassword = "bulk-canary-refused-row-" + unique;
        BulkTestSupport operator = new BulkTestSupport(mvc, jobs, "operator");
        List<String> seen = new ArrayList<>();

        seen.add(operator.upload(new BulkCsv()
                        .customer(unique + "-bad")
                        .with(BulkColumn.CLIENT_SECRET, clientSecret)
                        .with(BulkColumn.CONFIG_SERVER_PASSWORD, refusedRowPassword)
                        .with(BulkColumn.READ_ONLY, "perhaps")
                        .bytes())
                .getContentAsString());
        byte[] csv = new BulkCsv()
                .customer(unique + "-a")
                .with(BulkColumn.CLIENT_SECRET, clientSecret)
                .with(BulkColumn.CONFIG_SERVER_PASSWORD, password)
                .customer(unique + "-b")
                .with(BulkColumn.CONFIG_SERVER_PASSWORD, password)
                .bytes();
        String checked = operator.upload(csv).getRedirectedUrl();
        seen.add(operator.page(checked));
        seen.add(DatabaseContent.of(dataSource));
        seen.add(operator.page("/bulk"));
        long jobId = operator.start(csv);
        BulkJobView job = operator.awaitEnd(jobId);
        seen.add(operator.page("/bulk/" + jobId));
        seen.add(mvc.perform(get("/bulk/" + jobId + "/result.csv")
                        .with(user("operator").roles("OPERATOR")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        for (BulkRowView row : job.rows()) {
            seen.add(operator.page("/runs/" + row.runId()));
        }
        seen.add(DatabaseContent.of(dataSource));
        seen.add(output.getAll());

        assertThat(job.rows()).extracting(BulkRowView::state).containsOnly(RowState.SUCCEEDED);
        assertThat(String.join("\n", seen))
                .as("the upload was checked, kept and run")
                .contains("Every row passed", "result.csv", "BULK_ROW.CELLS=")
                .doesNotContain(clientSecret, password, refusedRowPassword);
    }
}
