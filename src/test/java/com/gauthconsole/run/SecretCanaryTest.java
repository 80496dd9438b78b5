package com.gauthconsole.run;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.ConsoleSession;
import com.gauthconsole.testing.DatabaseContent;
import com.gauthconsole.testing.WizardDriver;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Plants unique secret values in a full run, in a failing run and in failed sign-ins, against a GAuth that even echoes
 * secrets in its errors, then searches the bytes of every column of every table (serialised sessions included), the
 * log, every page served (wizard, history, run detail, exports, sign-in answers): not one occurrence may remain.
 * Secrets shorter than redaction's by-value threshold are searched where their position is known.
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
    private static final String SHORT_TARGET = "Short-password GAuth";
    private static final String SHORT_OPS_PASSWORD = "oP5x";
    private static final String SHORT_CONFIG_SERVER_PASSWORD = "k9#Q";
    private static final String SIGN_IN_PASSWORD = "canary-typed-sign-in-9d3e";
    private static final String SHORT_SIGN_IN_PASSWORD = "Pw7!";
    private static final String GIVEN_PASSWORD = "canary-given-password-2b8f";
    private static final String CHOSEN_PASSWORD = "canary-chosen-password-6e1a";
    private static final String WRONG_CURRENT_PASSWORD = "canary-wrong-current-4d0c";
    private static final String REFUSED_NEW_PASSWORD = "canary-refused-new-5f3b";

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
        registry.add("console.targets[1].name", () -> SHORT_TARGET);
        registry.add("console.targets[1].base-url", gauth::baseUrl);
        registry.add("console.targets[1].ops-username", () -> "ops");
        registry.add("console.targets[1].ops-password", () -> SHORT_OPS_PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    MockMvc mvc;

    private WizardDriver wizard;
    private WizardDriver lead;
    private WizardDriver auditor;
    private final Map<String, String> signInAnswers = new LinkedHashMap<>();
    private final Map<String, String> accountAnswers = new LinkedHashMap<>();

    @BeforeEach
    void stubGauth() {
        wizard = new WizardDriver(mvc, "operator", "OPERATOR");
        lead = new WizardDriver(mvc, "lead", "LEAD");
        auditor = new WizardDriver(mvc, "auditor", "AUDITOR");
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
        shortSecretsRun();
        failedSignIns();
        ownPasswordChanges();
        historyAsAnAuditor();

        String database = DatabaseContent.of(dataSource);
        List<String> leaks = new ArrayList<>();
        Map<String, List<String>> searched = new LinkedHashMap<>();
        plantedSecrets().forEach(secret -> searched.put(secret, encodings(secret)));
        searched.put(SHORT_OPS_PASSWORD, basicCredentials("ops", SHORT_OPS_PASSWORD));
        searched.put(SHORT_CONFIG_SERVER_PASSWORD, fieldValues("password", SHORT_CONFIG_SERVER_PASSWORD));
        searched.put(SHORT_SIGN_IN_PASSWORD, fieldValues("password", SHORT_SIGN_IN_PASSWORD));
        searched.forEach((secret, forms) -> forms.forEach(form -> {
            if (database.contains(form)) {
                leaks.add("database: " + secret + " as " + form);
            }
            if (output.getAll().contains(form)) {
                leaks.add("log: " + secret + " as " + form);
            }
            Stream.of(wizard.pages(), lead.pages(), auditor.pages(), signInAnswers, accountAnswers)
                    .flatMap(pages -> pages.entrySet().stream())
                    .filter(page -> page.getValue().contains(form))
                    .forEach(page -> leaks.add("page " + page.getKey() + ": " + secret + " as " + form));
        }));

        assertThat(gauth.getAllServeEvents()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(database).contains("[REDACTED hmac:", "SPRING_SESSION_ATTRIBUTES.ATTRIBUTE_BYTES");
        assertThat(auditor.pages().keySet())
                .anyMatch(page -> page.startsWith("/history/export.csv"))
                .anyMatch(page -> page.startsWith("/history/export.json"))
                .anyMatch(page -> page.startsWith("/history/runs/"));
        assertThat(leaks).isEmpty();
    }

    /** A run on a target whose ops password is short, with a short Configuration Server password. */
    private void shortSecretsRun() throws Exception {
        long runId = wizard.start("short.example.com", "short.com", SHORT_TARGET);
        wizard.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("canary-client"));
        wizard.execute(runId, Step.CREATE_TOKEN, Map.of());
        Map<String, List<String>> environment =
                WizardDriver.environmentDefaults("cc-short", SHORT_CONFIG_SERVER_PASSWORD);
        wizard.submit(runId, Step.ADD_ENVIRONMENT, environment, "preview");
        wizard.execute(runId, Step.ADD_ENVIRONMENT, environment);
        wizard.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults("cc-short"));
        wizard.execute(runId, Step.ADD_DATA_CENTER, WizardDriver.dataCenterDefaults("/usw1"));
        wizard.page("/runs/" + runId + "/script.sh");
    }

    /** Passwords typed into the sign-in form, by mistake or by a guesser, over real HTTP, each in its own session. */
    private void failedSignIns() throws Exception {
        for (String typed : List.of(SIGN_IN_PASSWORD, SHORT_SIGN_IN_PASSWORD)) {
            ConsoleSession browser = new ConsoleSession("http://localhost:" + port);
            HttpResponse<String> refused = browser.tryToSignIn("operator", typed);
            signInAnswers.put(
                    "sign-in refused " + typed.length(), refused.headers().map() + refused.body());
            String next = refused.headers().firstValue("Location").orElseThrow();
            signInAnswers.put(
                    "login page after " + typed.length(),
                    browser.get(next.replaceFirst("^https?://[^/]+", "")).body());
        }
    }

    /**
     * A user an administrator created with a password they must change, who types a wrong current password, a new one
     * typed differently the second time, and then changes it, over real HTTP.
     */
    private void ownPasswordChanges() throws Exception {
        String name = "canary-" + System.nanoTime();
        ConsoleSession admin = new ConsoleSession("http://localhost:" + port);
        admin.signIn("admin", "admin");
        HttpResponse<String> created = admin.post(
                "/admin/users",
                Map.of("username", List.of(name), "password", List.of(GIVEN_PASSWORD), "roles", List.of("OPERATOR")));
        accountAnswers.put("user created", created.headers().map() + created.body());
        accountAnswers.put("users page", admin.get("/admin/users").body());
        ConsoleSession user = new ConsoleSession("http://localhost:" + port);
        user.trySignIn(name, GIVEN_PASSWORD);
        accountAnswers.put("password page", user.open("/account/password"));
        for (List<String> attempt : List.of(
                List.of(WRONG_CURRENT_PASSWORD, CHOSEN_PASSWORD, CHOSEN_PASSWORD),
                List.of(GIVEN_PASSWORD, CHOSEN_PASSWORD, REFUSED_NEW_PASSWORD),
                List.of(GIVEN_PASSWORD, CHOSEN_PASSWORD, CHOSEN_PASSWORD))) {
            HttpResponse<String> answer = user.post(
                    "/account/password",
                    Map.of(
                            "currentPassword", List.of(attempt.get(0)),
                            "newPassword", List.of(attempt.get(1)),
                            "repeatedPassword", List.of(attempt.get(2))));
            accountAnswers.put(
                    "password change " + accountAnswers.size(), answer.headers().map() + answer.body());
        }
        accountAnswers.put("home after the change", user.get("/").body());
        accountAnswers.put("own sessions", user.open("/account/sessions"));
        assertThat(user.get("/runs/new").statusCode())
                .as("the password was changed")
                .isEqualTo(200);
    }

    private void historyAsAnAuditor() throws Exception {
        String history = auditor.page("/history");
        Matcher runLinks = Pattern.compile("/history/runs/(\\d+)").matcher(history);
        while (runLinks.find()) {
            auditor.page(runLinks.group());
        }
        auditor.page("/history/export.csv");
        auditor.page("/history/export.json");
        auditor.page("/history?status=FAILED");
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
        assertThat(wizard.page("/runs/" + runId + "/script.sh")).contains("\"$CLIENT_SECRET\"");
        wizard.page("/runs/new?from=" + runId);
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
        wizard.page("/runs/" + runId + "/script.sh");
        wizard.page("/");
    }

    private static List<String> plantedSecrets() {
        return List.of(
                OPS_PASSWORD,
                CLIENT_SECRET,
                ENCRYPTED_CLIENT_SECRET,
                ACCESS_TOKEN,
                REFRESH_TOKEN,
                CONFIG_SERVER_PASSWORD,
                SIGN_IN_PASSWORD,
                GIVEN_PASSWORD,
                CHOSEN_PASSWORD,
                WRONG_CURRENT_PASSWORD,
                REFUSED_NEW_PASSWORD);
    }

    private static List<String> basicCredentials(String user, String password) {
        String credentials = user + ":" + password;
        return List.of(credentials, Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** Where a short value would stand if a field named so were kept or shown: JSON, form-encoded, as typed. */
    private static List<String> fieldValues(String field, String value) {
        String formEncoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        return List.of(
                "\"" + field + "\":\"" + value + "\"",
                "\"" + field + "\" : \"" + value + "\"",
                "\\\"" + field + "\\\":\\\"" + value + "\\\"",
                field + "=" + value,
                field + "=" + formEncoded,
                "value=\"" + value + "\"");
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
