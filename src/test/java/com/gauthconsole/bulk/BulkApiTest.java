package com.gauthconsole.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.gauthconsole.api.ApiUser;
import com.gauthconsole.security.Role;
import com.gauthconsole.testing.GauthSimulatorClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** Bulk jobs for scripts: the same upload, check, start, progress and result as the bulk pages, with an API token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BulkApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @LocalServerPort
    int port;

    private String base;
    private String unique;

    @BeforeEach
    void setUp() {
        base = "http://localhost:" + port;
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aScriptUploadsStartsFollowsAndDownloadsAJobWithAToken() throws Exception {
        String token = ApiUser.create(jdbc, encoder, base, Role.OPERATOR).createToken("bulk script", Role.OPERATOR);
        byte[] csv =
                new BulkCsv().customer(unique + "-a").customer(unique + "-b").bytes();

        HttpResponse<String> checked = send(token, "POST", "/api/v1/bulk/jobs", csv);

        assertThat(checked.statusCode()).isEqualTo(201);
        assertThat(checked.body()).doesNotContain("cs-password-" + unique);
        long jobId = json(checked).path("jobId").asLong();
        assertThat(checked.headers().firstValue("Location")).hasValue("/api/v1/bulk/jobs/" + jobId);
        assertThat(json(send(token, "GET", "/api/v1/bulk/jobs/" + jobId, null)).path("rows"))
                .as("no row has a run before the job starts")
                .allSatisfy(row -> assertThat(row.path("runId").isNull()).isTrue());
        assertThat(send(token, "POST", "/api/v1/bulk/jobs/" + jobId + "/start", null)
                        .statusCode())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> json(send(token, "GET", "/api/v1/bulk/jobs/" + jobId, null))
                        .path("status")
                        .asString()
                        .equals("FINISHED"));
        JsonNode job = json(send(token, "GET", "/api/v1/bulk/jobs/" + jobId, null));
        assertThat(job.path("rows")).hasSize(2).allSatisfy(row -> {
            assertThat(row.path("state").asString()).isEqualTo("SUCCEEDED");
            assertThat(row.path("contactCenterId").asString()).isNotBlank();
        });
        String result = send(token, "GET", "/api/v1/bulk/jobs/" + jobId + "/result.csv", null)
                .body();
        assertThat(result)
                .contains(job.path("rows").get(0).path("contactCenterId").asString())
                .doesNotContain("cs-password-" + unique);
        assertThat(send(token, "POST", "/api/v1/bulk/jobs/" + jobId + "/start", null)
                        .body())
                .contains("urn:gauth-console:problem:job-refused");
    }

    @Test
    void anUploadWithABadCellIsAProblemNamingItsRowAndColumnAndNothingIsKept() throws Exception {
        String token = ApiUser.create(jdbc, encoder, base, Role.OPERATOR).createToken("bulk script", Role.OPERATOR);
        long jobsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM bulk_job", Long.class);
        byte[] csv = new BulkCsv()
                .customer(unique + "-a")
                .customer(unique + "-b")
                .with(BulkColumn.CONFIG_SERVER_PORT, "twenty")
                .bytes();

        HttpResponse<String> checked = send(token, "POST", "/api/v1/bulk/jobs", csv);

        assertThat(checked.statusCode()).isEqualTo(400);
        JsonNode problem = json(checked);
        assertThat(problem.path("type").asString()).isEqualTo("urn:gauth-console:problem:validation");
        assertThat(problem.path("problems")).hasSize(1);
        assertThat(problem.path("problems").get(0).path("row").asInt()).isEqualTo(2);
        assertThat(problem.path("problems").get(0).path("column").asString()).isEqualTo("config_server_port");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulk_job", Long.class))
                .isEqualTo(jobsBefore);
    }

    @Test
    void aTokenWithoutTheOperatorRoleMayNotUploadAJob() throws Exception {
        String token = ApiUser.create(jdbc, encoder, base, Role.AUDITOR).createToken("reader", Role.AUDITOR);

        HttpResponse<String> checked = send(
                token,
                "POST",
                "/api/v1/bulk/jobs",
                new BulkCsv().customer(unique).bytes());

        assertThat(checked.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> send(String token, String method, String path, byte[] csv) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
        if (csv != null) {
            request.header("Content-Type", "text/csv");
        }
        return HTTP.send(
                request.method(
                                method,
                                csv == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofByteArray(csv))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return GauthSimulatorClient.JSON.readTree(response.body());
    }
}
