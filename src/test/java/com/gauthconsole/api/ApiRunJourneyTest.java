package com.gauthconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.security.Role;
import com.gauthconsole.testing.ConsoleSession;
import com.gauthconsole.testing.DatabaseContent;
import com.gauthconsole.testing.GauthSimulatorClient;
import java.net.http.HttpResponse;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * A run of the six steps through the JSON API with tokens, against the built-in simulator: a field refused with its
 * message, a step not ready, a GAuth failure that leaves the step failed with its kind, a lead's re-run, the CCID,
 * the history. The secrets typed into the API reach no answer, page, table, audit event or log line.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.com.gauthconsole=DEBUG")
@ExtendWith(OutputCaptureExtension.class)
class ApiRunJourneyTest {

    private static final String CLIENT_SECRET = "planted-client-secret-9f3e2d1c";
    private static final String CONFIG_PASSWORD = "planted-config-password-4b5a6c";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    DataSource dataSource;

    private final List<String> answers = new ArrayList<>();

    @Test
    void runsTheSixStepsWithTokensAndKeepsEveryTypedSecretToItself(CapturedOutput log) throws Exception {
        String baseUrl = "http://localhost:" + port;
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String operator =
                ApiUser.create(jdbc, encoder, baseUrl, Role.OPERATOR).createToken("ops script", Role.OPERATOR);
        ApiUser leadUser = ApiUser.create(jdbc, encoder, baseUrl, Role.LEAD);
        String lead = leadUser.createToken("lead script", Role.LEAD);
        GauthSimulatorClient gauth = new GauthSimulatorClient(port);

        HttpResponse<String> invalidRun =
                post(baseUrl, operator, "/api/v1/runs", "{\"target\":\"\",\"clusterDomain\":\"not a host\"}");
        assertThat(invalidRun.statusCode()).isEqualTo(400);
        assertThat(json(invalidRun).path("type").asString()).isEqualTo("urn:gauth-console:problem:validation");
        assertThat(fields(invalidRun)).contains("target", "clusterDomain", "customerDomain");

        JsonNode started = json(post(
                baseUrl,
                operator,
                "/api/v1/runs",
                "{\"target\":\"Built-in simulator\",\"clusterDomain\":\"" + unique + ".example.com\","
                        + "\"customerDomain\":\"" + unique + ".com\"}"));
        String run = "/api/v1/runs/" + started.path("run").path("id").asLong();
        assertThat(started.path("currentStep").asString()).isEqualTo("client");

        HttpResponse<String> tooEarly =
                post(baseUrl, operator, run + "/steps/data-center/execute", "{\"readOnly\":true}");
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(json(tooEarly).path("type").asString()).isEqualTo("urn:gauth-console:problem:step-not-ready");

        JsonNode client = json(post(
                baseUrl,
                operator,
                run + "/steps/client/execute",
                "{\"clientId\":\"client-" + unique + "\",\"name\":\"client-" + unique + "\",\"clientSecret\":\""
                        + CLIENT_SECRET + "\"}"));
        assertThat(client.path("latest").path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(client.path("inputs").path("clientSecret").asString()).isEmpty();
        assertThat(status(post(baseUrl, operator, run + "/steps/token/execute", "")))
                .isEqualTo(200);

        HttpResponse<String> badEnvironment = post(
                baseUrl,
                operator,
                run + "/steps/environment/execute",
                "{\"password\":\"" + CONFIG_PASSWORD + "\",\"primaryPort\":0}");
        assertThat(badEnvironment.statusCode()).isEqualTo(400);
        assertThat(fields(badEnvironment)).contains("id", "primaryPort");
        assertThat(json(post(
                                baseUrl,
                                operator,
                                run + "/steps/environment/preview",
                                "{\"id\":\"cc-" + unique + "\",\"primaryAddress\":\"172.24.132.84\",\"password\":\""
                                        + CONFIG_PASSWORD + "\"}"))
                        .path("url")
                        .asString())
                .endsWith("/environment/v3/environments");
        assertThat(status(post(
                        baseUrl,
                        operator,
                        run + "/steps/environment/execute",
                        "{\"id\":\"cc-" + unique + "\",\"primaryAddress\":\"172.24.132.84\",\"password\":\""
                                + CONFIG_PASSWORD + "\"}")))
                .isEqualTo(200);

        gauth.failNext("ADD_CONTACT_CENTER", 503, "maintenance");
        HttpResponse<String> failed = post(baseUrl, operator, run + "/steps/contact-center/execute", "{}");
        assertThat(failed.statusCode()).isEqualTo(502);
        assertThat(json(failed).path("type").asString()).isEqualTo("urn:gauth-console:problem:gauth-failure");
        assertThat(json(failed).path("failureKind").asString()).isEqualTo("GATEWAY_FAILED");
        assertThat(json(failed).path("mayHaveBeenApplied").asBoolean()).isTrue();
        assertThat(json(failed).path("attempt").path("status").asString()).isEqualTo("FAILED");
        assertThat(stepState(get(baseUrl, operator, run), "contact-center")).isEqualTo("FAILED");
        assertThat(status(post(baseUrl, operator, run + "/steps/contact-center/execute", "{}")))
                .as("an operator cannot re-run")
                .isEqualTo(409);
        assertThat(status(post(baseUrl, operator, run + "/steps/contact-center/re-run", "{}")))
                .isEqualTo(403);
        assertThat(json(post(baseUrl, lead, run + "/steps/contact-center/re-run", "{}"))
                        .path("latest")
                        .path("kind")
                        .asString())
                .isEqualTo("RE_RUN");

        assertThat(status(post(baseUrl, operator, run + "/steps/data-center/execute", "{\"readOnly\":true}")))
                .isEqualTo(200);
        assertThat(status(post(baseUrl, operator, run + "/steps/cors/execute", "{}")))
                .isEqualTo(200);

        JsonNode finished = json(get(baseUrl, operator, run)).path("run");
        assertThat(finished.path("status").asString()).isEqualTo("SUCCEEDED");
        String ccid = finished.path("contactCenterId").asString();
        assertThat(ccid).isNotBlank();
        JsonNode found = json(get(baseUrl, operator, "/api/v1/history?id=" + ccid));
        assertThat(found.path("runs").get(0).path("id").asLong())
                .isEqualTo(finished.path("id").asLong());
        assertThat(get(
                                baseUrl,
                                operator,
                                "/api/v1/history/runs/" + finished.path("id").asLong())
                        .body())
                .contains(ccid);
        assertThat(jdbc.queryForList(
                        "SELECT details FROM audit_event WHERE run_id = ? AND kind = 'STEP_RE_RUN'",
                        String.class,
                        finished.path("id").asLong()))
                .singleElement()
                .asString()
                .contains("\"apiToken\":\"lead script\"");

        ConsoleSession admin = new ConsoleSession(baseUrl);
        admin.signIn("admin", "admin");
        long runId = finished.path("id").asLong();
        String everywhere = String.join(
                "\n",
                String.join("\n", answers),
                admin.get("/runs/" + runId).body(),
                admin.get("/history/runs/" + runId).body(),
                admin.get("/history/export.json").body(),
                admin.get("/history/events").body(),
                DatabaseContent.of(dataSource),
                log.getAll());
        assertThat(everywhere).contains(ccid).doesNotContain(CLIENT_SECRET, CONFIG_PASSWORD, operator, lead);
    }

    private HttpResponse<String> post(String baseUrl, String token, String path, String body) throws Exception {
        HttpResponse<String> answer = ApiUser.post(baseUrl, token, path, body);
        answers.add(answer.body());
        return answer;
    }

    private HttpResponse<String> get(String baseUrl, String token, String path) throws Exception {
        HttpResponse<String> answer = ApiUser.get(baseUrl, token, path);
        answers.add(answer.body());
        return answer;
    }

    private static int status(HttpResponse<String> answer) {
        return answer.statusCode();
    }

    private static List<String> fields(HttpResponse<String> answer) {
        List<String> fields = new ArrayList<>();
        json(answer)
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }

    private static String stepState(HttpResponse<String> run, String slug) {
        for (JsonNode step : json(run).path("steps")) {
            if (step.path("slug").asString().equals(slug)) {
                return step.path("state").asString();
            }
        }
        throw new AssertionError("no step " + slug);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return GauthSimulatorClient.JSON.readTree(response.body());
    }
}
