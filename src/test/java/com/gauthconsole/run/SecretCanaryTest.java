package com.gauthconsole.run;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Plants unique secret values in a full run and in a failing run, against a GAuth that even echoes secrets in its
 * errors, then searches every column of every table, the log and every page served: not one occurrence may remain.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.com.gauthconsole=DEBUG", "logging.level.org.springframework.web=DEBUG"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SecretCanaryTest {

    private static final String OPS_PASSWORD = "canary-ops-password-5d1f";
    private static final String CLIENT_SECRET = "canary-client-secret-8b2e";
    private static final String ENCRYPTED_CLIENT_SECRET = "canary-encrypted-secret-0c7a";
    private static final String ACCESS_TOKEN = "canary-access-token-3e9b";
    private static final String REFRESH_TOKEN = "canary-refresh-token-7a4c";
    private static final String CONFIG_SERVER_PASSWORD = "canary-cfg-password-1f6d";
    private static final String TARGET = "Canary GAuth";

    @RegisterExtension
    static WireMockExtension gauth = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @DynamicPropertySource
    static void canaryTarget(DynamicPropertyRegistry registry) {
        registry.add("console.targets[0].name", () -> TARGET);
        registry.add("console.targets[0].base-url", gauth::baseUrl);
        registry.add("console.targets[0].ops-username", () -> "ops");
        registry.add("console.targets[0].ops-password", () -> OPS_PASSWORD);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private WizardDriver wizard;
    private WizardDriver lead;

    @BeforeEach
    void stubGauth() {
        wizard = new WizardDriver(mvc, "operator", "OPERATOR");
        lead = new WizardDriver(mvc, "lead", "LEAD");
        gauth.stubFor(post("/auth/v3/ops/clients")
                .willReturn(
                        okJson("{\"status\":{\"code\":0},\"data\":{\"client_id\":\"canary-client\",\"client_secret\":\""
                                + CLIENT_SECRET + "\",\"encrypted_client_secret\":\"" + ENCRYPTED_CLIENT_SECRET
                                + "\"}}")));
        gauth.stubFor(post("/auth/v3/oauth/token")
                .willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"token_type\":\"bearer\","
                        + "\"refresh_token\":\"" + REFRESH_TOKEN + "\",\"expires_in\":43199,\"scope\":\"*\"}")));
        gauth.stubFor(post("/environment/v3/environments")
                .willReturn(okJson("{\"status\":{\"code\":0},\"path\":\"/environments/env-1\"}")));
        gauth.stubFor(post("/environment/v3/environments")
                .withRequestBody(containing("cc-failing"))
                .willReturn(aResponse()
                        .withStatus(500)
                        .withBody("{\"status\":{\"code\":5,\"message\":\"cannot log in to config server as default/"
                                + CONFIG_SERVER_PASSWORD + " with token " + ACCESS_TOKEN + "\"}}")));
        gauth.stubFor(post("/environment/v3/contact-centers")
                .willReturn(okJson("{\"status\":{\"code\":0},\"path\":\"/contact-centers/cc-1\"}")));
        gauth.stubFor(post("/environment/v3/data-centers").willReturn(okJson("{\"status\":{\"code\":0}}")));
        gauth.stubFor(post(urlPathEqualTo("/environment/v3/contact-centers/cc-1/settings"))
                .willReturn(okJson("{\"status\":{\"code\":0}}")));
    }

    @Test
    void noPlantedSecretReachesAnyColumnLogLineOrPage(CapturedOutput output) throws Exception {
        fullRun();
        failingRun();

        List<String> leaks = new ArrayList<>();
        for (String secret : plantedSecrets()) {
            for (String form : encodings(secret)) {
                if (database().contains(form)) {
                    leaks.add("database: " + secret);
                }
                if (output.getAll().contains(form)) {
                    leaks.add("log: " + secret);
                }
                Stream.concat(wizard.pages().entrySet().stream(), lead.pages().entrySet().stream())
                        .filter(page -> page.getValue().contains(form))
                        .forEach(page -> leaks.add("page " + page.getKey() + ": " + secret));
            }
        }

        assertThat(gauth.getAllServeEvents()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(database()).contains("[REDACTED hmac:");
        assertThat(leaks).isEmpty();
    }

    private void fullRun() throws Exception {
        long runId = wizard.start("acme.example.com", "acme.com", TARGET);
        Map<String, List<String>> client = new java.util.HashMap<>(WizardDriver.clientDefaults("canary-client"));
        client.put("clientSecret", List.of(CLIENT_SECRET));
        wizard.submit(runId, Step.CREATE_API_CLIENT, client, "preview");
        wizard.execute(runId, Step.CREATE_API_CLIENT, client);
        wizard.submit(runId, Step.CREATE_TOKEN, Map.of(), "preview");
        wizard.execute(runId, Step.CREATE_TOKEN, Map.of());
        Map<String, List<String>> environment = WizardDriver.environmentDefaults("cc-canary", CONFIG_SERVER_PASSWORD);
        wizard.submit(runId, Step.ADD_ENVIRONMENT, environment, "preview");
        wizard.execute(runId, Step.ADD_ENVIRONMENT, environment);
        wizard.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults("cc-canary"));
        wizard.execute(runId, Step.ADD_DATA_CENTER, WizardDriver.dataCenterDefaults("/usw1"));
        wizard.execute(runId, Step.UPDATE_CORS, WizardDriver.corsDefaults());
        assertThat(wizard.page("/runs/" + runId)).contains("SUCCEEDED", "cc-1");
    }

    private void failingRun() throws Exception {
        long runId = wizard.start("failing.example.com", "failing.com", TARGET);
        wizard.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("canary-client"));
        wizard.execute(runId, Step.CREATE_TOKEN, Map.of());
        Map<String, List<String>> environment = WizardDriver.environmentDefaults("cc-failing", CONFIG_SERVER_PASSWORD);
        assertThat(wizard.execute(runId, Step.ADD_ENVIRONMENT, environment)).contains("Attempt 1 failed", "code 5");
        Map<String, List<String>> retry = new java.util.HashMap<>(environment);
        retry.put("password", List.of(""));
        assertThat(lead.execute(runId, Step.ADD_ENVIRONMENT, retry)).contains("Attempt 2 failed");
        wizard.page("/runs/" + runId);
        wizard.page("/");
    }

    private String database() {
        StringBuilder everything = new StringBuilder();
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'")
                .query(String.class)
                .list();
        assertThat(tables).contains("PROVISIONING_RUN", "STEP_ATTEMPT", "RUN_SECRET");
        for (String table : tables) {
            jdbc.sql("SELECT * FROM \"" + table + "\"").query().listOfRows().forEach(everything::append);
        }
        return everything.toString();
    }

    private static List<String> plantedSecrets() {
        return List.of(
                OPS_PASSWORD,
                CLIENT_SECRET,
                ENCRYPTED_CLIENT_SECRET,
                ACCESS_TOKEN,
                REFRESH_TOKEN,
                CONFIG_SERVER_PASSWORD);
    }

    private static List<String> encodings(String secret) {
        return List.of(
                secret,
                URLEncoder.encode(secret, StandardCharsets.UTF_8),
                Base64.getEncoder().encodeToString(("ops:" + secret).getBytes(StandardCharsets.UTF_8)),
                Base64.getEncoder().encodeToString(("canary-client:" + secret).getBytes(StandardCharsets.UTF_8)),
                Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
    }
}
