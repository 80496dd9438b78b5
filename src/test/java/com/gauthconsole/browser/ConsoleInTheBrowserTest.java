package com.gauthconsole.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.GauthSimulatorClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three journeys of the console's users in a real browser (headless Chromium) against the application on a real
 * port and its built-in GAuth simulator. Every page they reach is checked with axe-core, and each journey leaves
 * screenshots under {@code target/screenshots/}.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleInTheBrowserTest {

    private static final By OUTCOME = By.id("outcome");
    private static final By OUTCOME_LINK = By.cssSelector("#outcome a.btn");

    @LocalServerPort
    int port;

    private ConsoleBrowser browser;
    private GauthSimulatorClient simulator;

    @BeforeAll
    void openBrowser() throws Exception {
        String baseUrl = "http://localhost:" + port;
        browser = ConsoleBrowser.open(baseUrl, Path.of("target", "screenshots"));
        simulator = new GauthSimulatorClient(baseUrl);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    /** Each journey uses the procedure's default client ID, so GAuth must not know it from an earlier journey. */
    @BeforeEach
    void emptySimulator() throws Exception {
        simulator.reset();
    }

    @AfterEach
    void signedOut() {
        browser.forgetSession();
    }

    @Test
    void anOperatorProvisionsACustomerThroughAllSixStepsTypingOnlyWhatHasNoDefault() throws Exception {
        browser.signIn("operator");
        browser.screenshot("operator-1-home");
        startRun("acme.example.com");

        browser.pressButton("Preview request");
        assertThat(browser.text(By.id("preview"))).contains("POST", "/gauth-sim/auth/v3/ops/clients");
        assertThat(browser.value(By.id("curl"))).startsWith("curl --request POST");
        assertThat(browser.has(OUTCOME)).as("a preview sends nothing").isFalse();
        browser.screenshot("operator-2-step-1-preview");
        executeAndGoOn("Create API client");
        executeAndGoOn("Create auth token");
        fillConfigurationServer();
        browser.screenshot("operator-3-step-3-environment");
        executeAndGoOn("Add environment");
        assertThat(browser.value(By.id("domains"))).isEqualTo("acme.com");
        String returnedCcid = executeAndGoOn("Add contact center");
        chooseReadOnly();
        executeAndGoOn("Add data center");
        executeAndGoOn("Update CORS settings");

        assertThat(browser.text(By.id("run-status"))).isEqualTo("SUCCEEDED");
        assertThat(browser.text(By.id("ccid"))).isEqualTo(returnedCcid);
        assertThat(UUID.fromString(returnedCcid)).isNotNull();
        browser.screenshot("operator-4-run-succeeded");
        browser.signOut();
    }

    @Test
    void anAuditorFindsARunByItsCcidExportsItAndSeesTheHistoryIntact() throws Exception {
        browser.signIn("operator");
        String ccid = provisionWithDefaults("globex.example.com");
        browser.signOut();

        browser.signIn("auditor");
        browser.follow(By.linkText("History"));
        browser.type(By.id("id"), ccid);
        browser.pressButton("Filter");
        List<WebElement> rows = browser.all(By.cssSelector("#history tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains(ccid, "operator", "SUCCEEDED", "globex.example.com");
        browser.screenshot("auditor-1-history-filtered");
        String csvExport = browser.href(By.id("export-csv"));
        String jsonExport = browser.href(By.id("export-json"));

        browser.follow(By.cssSelector("#history tbody tr a"));
        assertThat(browser.text(By.id("ccid"))).isEqualTo(ccid);
        assertThat(browser.all(By.cssSelector("article[id^='attempt-']"))).hasSize(6);
        assertThat(browser.text(By.id("fingerprints"))).contains("Fingerprints and where they appear");
        browser.screenshot("auditor-2-run-detail");

        HttpResponse<String> csv = browser.fetchWithSession(csvExport);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).contains("attachment", "history.csv"));
        assertThat(csv.body()).startsWith("\uFEFFrun_id,").contains(ccid);
        HttpResponse<String> json = browser.fetchWithSession(jsonExport);
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode attempts = JsonMapper.builder().build().readTree(json.body());
        assertThat(attempts.size())
                .as("one entry per attempt of the filtered run")
                .isEqualTo(6);
        assertThat(attempts.valueStream()
                        .map(attempt -> attempt.get("contact_center_id").asString()))
                .containsOnly(ccid);

        browser.open("/history");
        browser.pressButton("Verify the history was not altered");
        assertThat(browser.text(By.id("verification"))).startsWith("Intact");
        browser.screenshot("auditor-3-verified-intact");

        browser.follow(By.linkText("Dashboard"));
        assertThat(browser.all(By.cssSelector("#runs-table tbody tr"))).hasSize(30);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(browser.text(By.cssSelector("#runs-table tr[data-label='" + today + "'] td")))
                .as("succeeded runs started today, the auditor's globex run among them")
                .isNotEqualTo("0");
        assertThat(browser.isDisplayed(By.cssSelector(".dashboard-chart canvas[data-chart-table='runs-table']")))
                .as("the chart is drawn beside its table")
                .isTrue();
        browser.screenshot("auditor-4-dashboard");

        browser.open("/history");
        browser.follow(By.id("events-link"));
        assertThat(browser.text(By.id("events"))).contains("HISTORY_EXPORTED", "auditor");
        browser.screenshot("auditor-5-event-list");
        browser.signOut();
    }

    @Test
    void aLeadReRunsTheContactCenterStepThatFailedInGauthAndTheRunSucceeds() throws Exception {
        simulator.failNext("ADD_CONTACT_CENTER", 500, "db down");
        browser.signIn("operator");
        startRun("initech.example.com");
        executeAndGoOn("Create API client");
        executeAndGoOn("Create auth token");
        fillConfigurationServer();
        executeAndGoOn("Add environment");
        browser.type(By.id("domains"), "initech.example.con");

        browser.pressButton("Execute");
        assertThat(browser.text(OUTCOME)).contains("Attempt 1 failed");
        assertThat(browser.text(By.id("failure-reason"))).contains("HTTP 500", "db down");
        assertThat(browser.text(By.id("lead-needed"))).contains("a team lead must re-run this step");
        assertThat(browser.has(By.xpath("//button[normalize-space()='Execute']")))
                .as("an operator cannot re-run a failed step")
                .isFalse();
        browser.screenshot("lead-1-operator-sees-lead-needed");
        String sharedPage = browser.text(By.cssSelector("#lead-needed .copyable"));
        browser.signOut();

        browser.signIn("lead");
        browser.open(sharedPage);
        browser.type(By.id("domains"), "initech.example.com");
        browser.screenshot("lead-2-re-run-with-corrected-domain");
        browser.pressButton("Execute");
        assertThat(browser.text(OUTCOME)).contains("Done", "Attempt 2 by lead succeeded");
        assertThat(browser.textContent(By.cssSelector("section[aria-label='Latest attempt'] details")))
                .contains("re run", "domains: initech.example.con → initech.example.com");
        String ccid = browser.text(By.id("returned-contact_center_id"));
        browser.follow(OUTCOME_LINK);
        chooseReadOnly();
        executeAndGoOn("Add data center");
        executeAndGoOn("Update CORS settings");

        assertThat(browser.text(By.id("run-status"))).isEqualTo("SUCCEEDED");
        assertThat(browser.text(By.id("ccid"))).isEqualTo(ccid);
        browser.screenshot("lead-3-run-succeeded");

        browser.follow(By.linkText("Targets"));
        browser.follow(By.linkText("New target"));
        browser.type(By.id("name"), "GAuth EU staging");
        browser.type(By.id("baseUrl"), "https://gauth.staging.example.com");
        browser.type(By.id("opsUsername"), "ops-admin");
        browser.screenshot("lead-4-new-target-form");
        browser.signOut();
    }

    @Test
    void anAdministratorSeesEveryUserWithTheirRoles() throws Exception {
        browser.signIn("admin");
        browser.follow(By.linkText("Users"));

        assertThat(browser.text(By.tagName("table"))).contains("operator", "auditor", "lead", "admin");
        browser.screenshot("admin-1-users");
        browser.signOut();
    }

    @Test
    void anAdministratorSeesThatNoNotificationChannelIsConfigured() {
        browser.signIn("admin");
        browser.follow(By.linkText("Notifications"));

        assertThat(browser.text(By.id("channels"))).contains("No notification channel is configured");
        assertThat(browser.text(By.id("no-failed"))).isEqualTo("No notice has been given up.");
        browser.signOut();
    }

    @Test
    void anOperatorMakesAnApiTokenThatIsShownOnceAndListedByName() throws Exception {
        browser.signIn("operator");
        browser.follow(By.linkText("API tokens"));
        browser.type(By.id("name"), "onboarding script");
        browser.choose(By.cssSelector("input[type='checkbox'][value='OPERATOR']"));
        browser.pressButton("Create token");

        String token = browser.text(By.id("new-token-value"));
        assertThat(token).startsWith("gac_");
        assertThat(browser.text(By.id("tokens"))).contains("onboarding script");
        browser.screenshot("operator-5-api-token-created");
        browser.open("/account/api-tokens");
        assertThat(browser.has(By.id("new-token-value"))).as("shown once").isFalse();
        assertThat(browser.text(By.id("main"))).doesNotContain(token);
        browser.signOut();
    }

    @Test
    void anOperatorProvisionsTwoCustomersFromACsvFileAndFollowsTheJobToItsCcids(@TempDir Path files) throws Exception {
        Path customers = files.resolve("customers.csv");
        Files.writeString(customers, """
                target,cluster_domain,customer_domain,cc_id,client_id,client_secret,config_server_host,\
                config_server_port,config_server_user,config_server_password,config_server_location,\
                data_center_location,entry_point,read_only,cors_origins
                Built-in simulator,acme.example.com,acme.com,acme-cc,acme_api_client,,172.24.132.84,2020,default,\
                cs-password-1,/USW1,/usw1,https://gauth.acme.example.com,false,https://wwe.acme.example.com
                Built-in simulator,globex.example.com,globex.com,globex-cc,globex_api_client,,172.24.132.85,2020,\
                default,cs-password-2,/USW1,/usw2,https://gauth.globex.example.com,false,
                """);
        browser.signIn("operator");
        browser.follow(By.linkText("Provision several from a CSV file"));
        browser.attach(By.id("file"), customers);
        browser.pressButton("Check the rows");
        assertThat(browser.text(By.id("checked"))).contains("Every row passed");
        browser.pressButton("Start 2 run(s)");

        for (int look = 0; look < 60 && !browser.text(By.id("job-status")).equals("FINISHED"); look++) {
            Thread.sleep(500);
            browser.follow(By.id("refresh"));
        }
        assertThat(browser.text(By.id("job-status"))).isEqualTo("FINISHED");
        assertThat(browser.text(By.id("job-rows"))).contains("acme.com", "globex.com", "SUCCEEDED");
        browser.screenshot("operator-6-bulk-job-finished");
        browser.signOut();
    }

    /** From the home page to step 1 of a new run on the built-in simulator; acme.example.com's customer is acme.com. */
    private void startRun(String clusterDomain) {
        browser.follow(By.linkText("Provision a new customer"));
        browser.type(By.id("clusterDomain"), clusterDomain);
        browser.type(By.id("customerDomain"), clusterDomain.replace(".example.com", ".com"));
        browser.pressButton("Start");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Step 1: Create API client");
    }

    /**
     * Step 3's CC-id (the existing ID the Tenant service was deployed with), Configuration Server host and password
     * are the only inputs without a default.
     */
    private void fillConfigurationServer() {
        assertThat(browser.value(By.id("id"))).isEmpty();
        assertThat(browser.value(By.id("primaryAddress"))).isEmpty();
        browser.type(By.id("id"), "cc-" + UUID.randomUUID());
        browser.type(By.id("primaryAddress"), "cfgserver.example.com");
        browser.type(By.id("password"), "cfg-" + UUID.randomUUID());
    }

    /** Runs all six steps with their defaults; answers the CCID the finished run shows. */
    private String provisionWithDefaults(String clusterDomain) {
        startRun(clusterDomain);
        executeAndGoOn("Create API client");
        executeAndGoOn("Create auth token");
        fillConfigurationServer();
        executeAndGoOn("Add environment");
        executeAndGoOn("Add contact center");
        chooseReadOnly();
        executeAndGoOn("Add data center");
        executeAndGoOn("Update CORS settings");
        assertThat(browser.text(By.id("run-status"))).isEqualTo("SUCCEEDED");
        return browser.text(By.id("ccid"));
    }

    /** Step 5 pre-selects neither reading of its read-only sentence: the operator picks one. */
    private void chooseReadOnly() {
        assertThat(browser.all(By.cssSelector("input[name='readOnly']:checked")))
                .isEmpty();
        browser.choose(By.id("readOnly-no"));
    }

    /**
     * Executes the step shown with what its form holds, expects it done and follows the outcome's link to the next
     * step or, after the last, to the run. Answers the contact center ID when the step returned one.
     */
    private String executeAndGoOn(String stepTitle) {
        assertThat(browser.text(By.tagName("h1"))).endsWith(": " + stepTitle);
        browser.pressButton("Execute");
        assertThat(browser.text(OUTCOME)).as(stepTitle).startsWith("Done");
        By returnedCcid = By.id("returned-contact_center_id");
        String ccid = browser.has(returnedCcid) ? browser.text(returnedCcid) : null;
        browser.follow(OUTCOME_LINK);
        return ccid;
    }
}
