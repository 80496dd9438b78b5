package com.gauthconsole.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.GauthSimulatorClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bulk jobs against the built-in simulator: every row checked with the wizard's checks before anything is called,
 * rows on one target provisioned as ordinary runs, a failed row leaving the others alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class BulkProvisioningTest {

    private static final List<String> CALLS = List.of(
            "CREATE_CLIENT", "CREATE_TOKEN", "ADD_ENVIRONMENT", "ADD_CONTACT_CENTER", "ADD_DATA_CENTER", "UPDATE_CORS");

    @Autowired
    MockMvc mvc;

    @Autowired
    BulkJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private BulkTestSupport operator;
    private GauthSimulatorClient simulator;
    private String unique;

    @BeforeEach
    void setUp() {
        operator = new BulkTestSupport(mvc, jobs, "operator");
        simulator = new GauthSimulatorClient(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void clearFaults() {
        simulator.clearFaults();
    }

    @Test
    void showsEveryProblemAtItsRowAndColumnAndNeitherKeepsNorCallsAnything() throws Exception {
        Map<String, Long> callsBefore = calls();
        long jobsBefore = jobCount();
        byte[] csv = new BulkCsv()
                .customer(unique + "-a")
                .customer(unique + "-b")
                .with(BulkColumn.CONFIG_SERVER_PORT, "twenty")
                .with(BulkColumn.READ_ONLY, "")
                .customer(unique + "-c")
                .with(BulkColumn.CC_ID, "")
                .with(BulkColumn.ENTRY_POINT, "ftp://gauth.example.com")
                .with(BulkColumn.TARGET, "No such target")
                .customer(unique + "-d")
                .with(BulkColumn.CUSTOMER_DOMAIN, "not a domain")
                .with(BulkColumn.CONFIG_SERVER_PASSWORD, "")
                .customer(unique + "-e")
                .with(BulkColumn.CONFIG_SERVER_PASSWORD, "")
                .with(BulkColumn.CORS_ORIGINS, "wwe.example.com")
                .bytes();

        MockHttpServletResponse response = operator.upload(csv);

        assertThat(response.getRedirectedUrl()).as("nothing accepted").isNull();
        String page = response.getContentAsString();
        assertThat(page).contains("<tr id=\"row-1\">");
        assertThat(problem(page, 2, "config_server_port")).isEqualTo("Enter a whole number");
        assertThat(problem(page, 2, "read_only")).isEqualTo("Choose whether this region is read-only");
        assertThat(problem(page, 3, "target")).isEqualTo("Choose one of the configured GAuth targets");
        assertThat(problem(page, 4, "customer_domain")).isNotEmpty();
        assertThat(problem(page, 4, "config_server_password"))
                .as("a row's other cells are checked too")
                .isEqualTo("Enter the Configuration Server password");
        assertThat(problem(page, 5, "config_server_password")).isEqualTo("Enter the Configuration Server password");
        assertThat(problem(page, 5, "cors_origins")).isNotEmpty();
        assertThat(page.split("class=\"d-block text-danger problem\"", -1)).hasSize(7 + 1);
        assertThat(BulkPages.cell(page, "row-2-cluster_domain"))
                .as("what was typed is shown")
                .isEqualTo(unique + "-b.example.com");
        assertThat(calls()).as("GAuth was not called").isEqualTo(callsBefore);
        assertThat(jobCount()).as("nothing was kept").isEqualTo(jobsBefore);
    }

    @Test
    void rowsOnOneSimulatorTargetWithTheirOwnClientIdsAllSucceedAsTheUploadersRuns() throws Exception {
        byte[] csv = new BulkCsv()
                .customer(unique + "-a")
                .customer(unique + "-b")
                .customer(unique + "-c")
                .with(BulkColumn.CORS_ORIGINS, "")
                .bytes();

        BulkJobView job = operator.awaitEnd(operator.start(csv));

        assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
        assertThat(job.rows()).extracting(BulkRowView::state).containsOnly(RowState.SUCCEEDED);
        assertThat(job.rows()).extracting(BulkRowView::contactCenterId).doesNotContainNull();
        for (BulkRowView row : job.rows()) {
            Map<String, Object> run = jdbc.sql("SELECT started_by, status, contact_center_id, client_id"
                            + " FROM provisioning_run WHERE id = ?")
                    .params(row.runId())
                    .query()
                    .singleRow();
            assertThat(run)
                    .containsEntry("STARTED_BY", "operator")
                    .containsEntry("STATUS", "SUCCEEDED")
                    .containsEntry("CONTACT_CENTER_ID", row.contactCenterId())
                    .containsEntry("CLIENT_ID", "client-" + row.customerDomain().replace(".com", ""));
        }
        assertThat(attemptKinds(job.rows().get(2).runId()))
                .as("a row without CORS origins skips the optional step 6")
                .containsExactly(
                        "CREATE_API_CLIENT EXECUTE",
                        "CREATE_TOKEN EXECUTE",
                        "ADD_ENVIRONMENT EXECUTE",
                        "ADD_CONTACT_CENTER EXECUTE",
                        "ADD_DATA_CENTER EXECUTE",
                        "UPDATE_CORS SKIP");
        assertThat(auditedJob(job.id())).containsExactly("BULK_JOB_STARTED operator", "BULK_JOB_FINISHED operator");
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE kind = 'BULK_JOB_FINISHED' AND subject = ?")
                        .params("bulk job " + job.id())
                        .query(String.class)
                        .single())
                .contains("\"succeeded\":3", "\"failed\":0", "\"link\":\"/bulk/" + job.id() + "\"");
    }

    @Test
    void theSameClientIdTwiceOnOneTargetIsRefusedInThePreview() throws Exception {
        byte[] csv = new BulkCsv()
                .customer(unique + "-a")
                .with(BulkColumn.CLIENT_ID, "")
                .customer(unique + "-b")
                .with(BulkColumn.CLIENT_ID, "external_api_client")
                .customer(unique + "-c")
                .with(BulkColumn.CC_ID, "cc-" + unique + "-a")
                .bytes();

        String page = operator.upload(csv).getContentAsString();

        assertThat(problem(page, 2, "client_id"))
                .isEqualTo("Row 1 already creates the API client external_api_client on Built-in simulator, and GAuth"
                        + " refuses a second one there: give this row its own client_id.");
        assertThat(problem(page, 3, "cc_id")).startsWith("Row 1 already creates the environment of CC-id cc-" + unique);
        assertThat(problem(page, 1, "client_id")).isEmpty();
    }

    @Test
    void aFailingRowDoesNotStopTheOthers() throws Exception {
        simulator.inject("{\"call\": \"ADD_CONTACT_CENTER\", \"httpStatus\": 500, \"statusCode\": 7,"
                + " \"message\": \"db down\", \"times\": 1}");
        byte[] csv = new BulkCsv()
                .customer(unique + "-a")
                .customer(unique + "-b")
                .customer(unique + "-c")
                .customer(unique + "-d")
                .bytes();

        BulkJobView job = operator.awaitEnd(operator.start(csv));

        assertThat(job.count(RowState.FAILED)).isEqualTo(1);
        assertThat(job.count(RowState.SUCCEEDED)).isEqualTo(3);
        BulkRowView failed = job.rows().stream()
                .filter(row -> row.state() == RowState.FAILED)
                .findFirst()
                .orElseThrow();
        assertThat(failed.failureReason())
                .startsWith("Step 4 (Add contact center) failed:")
                .contains("db down");
        assertThat(failed.runId()).isNotNull();
        assertThat(jdbc.sql("SELECT status FROM provisioning_run WHERE id = ?")
                        .params(failed.runId())
                        .query(String.class)
                        .single())
                .as("the run stays failed for a lead to re-run")
                .isEqualTo("FAILED");
        String page = operator.page("/bulk/" + job.id());
        assertThat(BulkPages.rowState(page, failed.number())).isEqualTo("FAILED");
    }

    @Test
    void readsAFileWithAByteOrderMarkAndWindowsLineEnds() throws Exception {
        byte[] csv = new BulkCsv()
                .byteOrderMark()
                .windowsLines()
                .customer(unique + "-a")
                .with(BulkColumn.CORS_ORIGINS, "https://wwe." + unique + ".example.com,https://x." + unique + ".com")
                .bytes();

        BulkJobView job = operator.awaitEnd(operator.start(csv));

        assertThat(job.rows()).extracting(BulkRowView::state).containsExactly(RowState.SUCCEEDED);
        assertThat(job.rows().get(0).target()).isEqualTo(BulkCsv.TARGET);
    }

    @Test
    void refusesAFileWithAnUnknownColumnOrMoreRowsThanAllowedOrTooLongACell() throws Exception {
        String header = new String(new BulkCsv().bytes(), StandardCharsets.UTF_8).strip();
        assertThat(fileProblem(operator.upload((header + ",extra\n").getBytes(StandardCharsets.UTF_8))))
                .startsWith("The header has columns the console does not know: extra.");
        assertThat(fileProblem(operator.upload("target,cluster_domain\nx,y\n".getBytes(StandardCharsets.UTF_8))))
                .startsWith("The header lacks the columns customer_domain, cc_id");
        assertThat(fileProblem(operator.upload(new byte[] {(byte) 0xC3, (byte) 0x28})))
                .isEqualTo("The file is not UTF-8 text: save it as CSV (UTF-8).");

        byte[] longCell = new BulkCsv()
                .customer(unique)
                .with(BulkColumn.CUSTOMER_DOMAIN, "a".repeat(254))
                .bytes();
        assertThat(problem(operator.upload(longCell).getContentAsString(), 1, "customer_domain"))
                .isEqualTo("Use at most 253 characters");
    }

    @Test
    void hostileCellsAreShownAsTextAndRefused() throws Exception {
        String script = "<script>alert(1)</script>";
        byte[] csv = new BulkCsv()
                .customer(unique)
                .with(BulkColumn.CLUSTER_DOMAIN, script)
                .with(BulkColumn.CC_ID, "x'; DROP TABLE bulk_row; --")
                .with(BulkColumn.CORS_ORIGINS, "=HYPERLINK(\"https://evil.example\")")
                .bytes();

        String page = operator.upload(csv).getContentAsString();

        assertThat(page).doesNotContain(script).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(problem(page, 1, "cluster_domain")).isNotEmpty();
        assertThat(problem(page, 1, "cc_id")).isNotEmpty();
        assertThat(problem(page, 1, "cors_origins")).isNotEmpty();
    }

    private static String problem(String page, int row, String column) {
        return BulkPages.problem(page, "row-" + row + "-" + column);
    }

    private static String fileProblem(MockHttpServletResponse response) throws Exception {
        return BulkPages.fileProblem(response.getContentAsString());
    }

    private Map<String, Long> calls() {
        return CALLS.stream().collect(Collectors.toMap(call -> call, simulator::requests));
    }

    private long jobCount() {
        return jdbc.sql("SELECT COUNT(*) FROM bulk_job").query(Long.class).single();
    }

    private List<String> attemptKinds(long runId) {
        return jdbc.sql("SELECT step, kind FROM step_attempt WHERE run_id = ? ORDER BY id")
                .params(runId)
                .query((row, number) -> row.getString("step") + " " + row.getString("kind"))
                .list();
    }

    private List<String> auditedJob(long jobId) {
        return jdbc.sql("SELECT kind, actor FROM audit_event WHERE subject = ? ORDER BY seq")
                .params("bulk job " + jobId)
                .query((row, number) -> row.getString("kind") + " " + row.getString("actor"))
                .list();
    }
}
