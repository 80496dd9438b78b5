package com.gauthconsole.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.gauthconsole.bulk.BulkJobFinished;
import com.gauthconsole.bulk.JobStatus;
import com.gauthconsole.gauth.RequestPreview;
import com.gauthconsole.run.AttemptKind;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.Actor;
import com.gauthconsole.run.engine.AttemptRecorder;
import com.gauthconsole.run.engine.InterruptedAttempts;
import com.gauthconsole.testing.GauthSimulatorClient;
import com.gauthconsole.testing.WizardDriver;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Runs that fail or are interrupted are announced to a webhook (a WireMock stub) and by email (a GreenMail SMTP
 * server), in the background, with retries, and without any secret of the run; what is given up is listed for
 * administrators, who may send it again.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "console.notifications.public-base-url=https://console.example.com/",
            "console.notifications.email.to=ops-team@example.com",
            "console.notifications.email.from=gauth-console@example.com",
            "console.notifications.delivery.timeout=30s",
            "console.notifications.delivery.max-attempts=3",
            "console.notifications.delivery.first-retry-after=50ms",
            "console.notifications.delivery.longest-retry-after=100ms",
            "console.notifications.delivery.poll-every=50ms",
            "console.runs.deadline-margin=0s",
            "spring.mail.host=localhost"
        })
@AutoConfigureMockMvc
class RunNoticesTest {

    /** A Slack-like webhook address: its last part is its credential, which must show nowhere. */
    private static final String HOOK = "/services/T0001/B0002/canaryWebhookToken7f3a";

    private static final String CLIENT_SECRET = "canary-client-secret-5e1c9a7b";
    private static final String CONFIG_SERVER_PASSWORD = "canary-cfg-password-8d2f4b6a";
    private static final Duration DELIVERED_WITHIN = Duration.ofSeconds(20);

    static final HeldWebhook held = new HeldWebhook();

    @RegisterExtension
    static WireMockExtension webhook = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(held))
            .build();

    @RegisterExtension
    static GreenMailExtension mailServer =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("console.notifications.webhook-url", () -> webhook.baseUrl() + HOOK);
        registry.add("spring.mail.port", () -> mailServer.getSmtp().getPort());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AttemptRecorder attempts;

    @Autowired
    InterruptedAttempts interruptions;

    @LocalServerPort
    int port;

    private WizardDriver operator;
    private GauthSimulatorClient simulator;
    private String unique;

    @BeforeEach
    void answerEveryNotice() {
        webhook.stubFor(post(urlPathEqualTo(HOOK)).willReturn(ok()));
        operator = new WizardDriver(mvc, "operator", "OPERATOR");
        simulator = new GauthSimulatorClient(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void letGoOfEverything() {
        held.release();
        simulator.clearFaults();
    }

    @Test
    void aFailedStepIsPostedAndEmailedWithWhoCustomerTargetStepKindAndLinkButNoSecret() throws Exception {
        long runId = operator.start(unique + ".example.com");
        Map<String, List<String>> client = WizardDriver.clientDefaults("client-" + unique);
        client.put("clientSecret", List.of(CLIENT_SECRET));
        operator.execute(runId, Step.CREATE_API_CLIENT, client);
        operator.execute(runId, Step.CREATE_TOKEN, Map.of());
        // GAuth refuses the environment and even echoes the password in its message.
        simulator.inject("{\"call\": \"ADD_ENVIRONMENT\", \"times\": 1, \"httpStatus\": 400, \"statusCode\": 3,"
                + " \"message\": \"bad password " + CONFIG_SERVER_PASSWORD + "\"}");
        String page = operator.execute(
                runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults("cc-" + unique, CONFIG_SERVER_PASSWORD));
        assertThat(page).contains("Attempt 1 failed");

        JsonNode posted = awaitWebhookAbout(runId).get(0);
        String title = "Run " + runId + " failed at step 3 (Add environment) for " + unique + ".com";
        assertThat(posted.path("text").stringValue())
                .startsWith(title)
                .contains("Built-in simulator", "REJECTED", "operator")
                .endsWith("https://console.example.com/runs/" + runId);
        assertThat(posted.path("event").stringValue()).isEqualTo("RUN_FAILED");
        assertThat(posted.path("who").stringValue()).isEqualTo("operator");
        assertThat(posted.path("customer").stringValue()).isEqualTo(unique + ".com");
        assertThat(posted.path("target").stringValue()).isEqualTo("Built-in simulator");
        assertThat(posted.path("step").stringValue()).isEqualTo("3 (Add environment)");
        assertThat(posted.path("failureKind").stringValue()).isEqualTo("REJECTED");
        assertThat(posted.path("link").stringValue()).isEqualTo("https://console.example.com/runs/" + runId);

        MimeMessage email = awaitEmailAbout(runId);
        assertThat(email.getSubject()).isEqualTo(title);
        assertThat(email.getFrom()[0].toString()).isEqualTo("gauth-console@example.com");
        assertThat(Arrays.stream(email.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly("ops-team@example.com");
        assertThat(GreenMailUtil.getBody(email))
                .contains("who: operator", "customer: " + unique + ".com", "step: 3 (Add environment)")
                .contains("failureKind: REJECTED", "link: https://console.example.com/runs/" + runId);

        String everythingSent = webhook.findAll(postRequestedFor(urlPathEqualTo(HOOK))).stream()
                        .map(request -> request.getBodyAsString())
                        .reduce("", String::concat)
                + Arrays.stream(mailServer.getReceivedMessages())
                        .map(GreenMailUtil::getWholeMessage)
                        .reduce("", String::concat);
        assertThat(everythingSent).doesNotContain(CLIENT_SECRET, CONFIG_SERVER_PASSWORD, "canaryWebhookToken7f3a");
    }

    @Test
    void aSucceededStepIsNoNews() throws Exception {
        long runId = operator.start(unique + ".example.com");
        operator.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("client-" + unique));
        operator.execute(runId, Step.CREATE_TOKEN, Map.of());
        failNext("ADD_ENVIRONMENT");
        operator.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults("cc-" + unique, "pw"));

        // Delivered in the order they were stored: had the two successes been stored, they would have come first.
        assertThat(awaitWebhookAbout(runId))
                .singleElement()
                .satisfies(
                        notice -> assertThat(notice.path("step").stringValue()).startsWith("3 "));
    }

    @Test
    void anAttemptInterruptedByAStoppedConsoleIsPostedAsInterrupted() {
        long runId = startRun();
        attempts.begin(
                runId,
                Step.CREATE_API_CLIENT,
                AttemptKind.EXECUTE,
                new Actor("operator", false),
                "{}",
                new RequestPreview("POST", "http://localhost/gauth-sim/auth/v3/ops/clients", Map.of(), "{}"),
                Duration.ZERO);

        await().atMost(DELIVERED_WITHIN).until(() -> {
            interruptions.sweep();
            return !webhookAbout(runId).isEmpty();
        });

        JsonNode posted = webhookAbout(runId).get(0);
        assertThat(posted.path("event").stringValue()).isEqualTo("RUN_INTERRUPTED");
        assertThat(posted.path("failureKind").stringValue()).isEqualTo("INTERRUPTED");
        assertThat(posted.path("who").stringValue()).isEqualTo("operator");
        assertThat(posted.path("text").stringValue())
                .startsWith("Run " + runId + " was interrupted at step 1 (Create API client)");
    }

    @Test
    void aBulkJobThatEndedIsPostedAndEmailedWithItsCountsAndLink(
            @Autowired TransactionTemplate transaction, @Autowired ApplicationEventPublisher events) throws Exception {
        long jobId = 9_000_000L + new Random().nextInt(1_000_000);
        transaction.executeWithoutResult(tx -> events.publishEvent(
                new BulkJobFinished(jobId, "operator", JobStatus.FINISHED, 5, 3, 2, 0, "/bulk/" + jobId)));

        await().atMost(DELIVERED_WITHIN)
                .until(() -> webhook.findAll(postRequestedFor(urlPathEqualTo(HOOK))).stream()
                        .anyMatch(request -> request.getBodyAsString().contains("\"job\":\"" + jobId + "\"")));
        JsonNode posted = webhook.findAll(postRequestedFor(urlPathEqualTo(HOOK))).stream()
                .map(request -> GauthSimulatorClient.JSON.readTree(request.getBodyAsString()))
                .filter(body -> body.path("job").stringValue().equals(String.valueOf(jobId)))
                .findFirst()
                .orElseThrow();
        assertThat(posted.path("event").stringValue()).isEqualTo("BULK_JOB_ENDED");
        assertThat(posted.path("text").stringValue())
                .startsWith("Bulk job " + jobId + " ended: 3 of 5 customers provisioned (2 failed, 0 interrupted)");
        assertThat(posted.path("link").stringValue()).isEqualTo("https://console.example.com/bulk/" + jobId);
        await().atMost(DELIVERED_WITHIN)
                .until(() -> Arrays.stream(mailServer.getReceivedMessages())
                        .anyMatch(message -> subjectOf(message).startsWith("Bulk job " + jobId + " ended")));
    }

    @Test
    void aWebhookThatFailsOnceIsTriedAgainAndDelivered() throws Exception {
        long runId = startRun();
        webhook.stubFor(post(urlPathEqualTo(HOOK))
                .withRequestBody(containing(aboutRun(runId)))
                .inScenario("fails once " + runId)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("answered"));
        webhook.stubFor(post(urlPathEqualTo(HOOK))
                .withRequestBody(containing(aboutRun(runId)))
                .inScenario("fails once " + runId)
                .whenScenarioStateIs("answered")
                .willReturn(ok()));

        failStepOne(runId);

        await().atMost(DELIVERED_WITHIN).until(() -> noticeEvents(runId).contains("NOTICE_DELIVERED WEBHOOK 2"));
        assertThat(webhookAbout(runId)).hasSize(2);
        assertThat(outboxRowsAbout(runId)).isZero();
    }

    @Test
    void aWebhookThatAlwaysFailsIsGivenUpAfterTheLimitListedForAdminsAndSentAgainOnRequest() throws Exception {
        long runId = startRun();
        webhook.stubFor(post(urlPathEqualTo(HOOK))
                .withRequestBody(containing(aboutRun(runId)))
                .willReturn(aResponse().withStatus(500)));

        failStepOne(runId);

        await().atMost(DELIVERED_WITHIN).until(() -> noticeEvents(runId).contains("NOTICE_GAVE_UP WEBHOOK 3"));
        assertThat(webhookAbout(runId)).hasSize(3);
        String failedList = adminPage();
        assertThat(failedList)
                .contains("Run " + runId + " failed at step 1 (Create API client)")
                .contains("The webhook answered HTTP 500")
                .doesNotContain("canaryWebhookToken7f3a");
        long noticeId = jdbc.sql("SELECT id FROM notice_outbox WHERE subject = ? AND status = 'GAVE_UP'")
                .param("run " + runId)
                .query(Long.class)
                .single();

        webhook.stubFor(post(urlPathEqualTo(HOOK))
                .atPriority(1)
                .withRequestBody(containing(aboutRun(runId)))
                .willReturn(ok()));
        mvc.perform(MockMvcRequestBuilders.post("/admin/notifications/" + noticeId + "/retry")
                .with(user("admin").roles("ADMIN"))
                .with(csrf()));

        await().atMost(DELIVERED_WITHIN).until(() -> noticeEvents(runId).contains("NOTICE_DELIVERED WEBHOOK 1"));
        assertThat(noticeEvents(runId)).contains("NOTICE_RETRIED WEBHOOK 3 admin");
        assertThat(webhookAbout(runId)).hasSize(4);
        assertThat(adminPage()).doesNotContain("Run " + runId + " failed");
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE kind LIKE 'NOTICE_%'")
                        .query(String.class)
                        .list())
                .noneMatch(details -> details.contains("canaryWebhookToken7f3a"));
    }

    @Test
    void aSlowWebhookHoldsNoStep() throws Exception {
        long firstRun = startRun();
        long secondRun = startRun();
        held.holdEveryRequest();

        assertThat(failStepOneWithin(firstRun)).contains("Attempt 1 failed");
        assertThat(held.arrivedWithin(20))
                .as("the webhook holds the first run's notice")
                .isTrue();
        assertThat(failStepOneWithin(secondRun)).contains("Attempt 1 failed");

        assertThat(held.answered())
                .as("the webhook still holds the first run's notice")
                .isFalse();
        assertThat(outboxRowsAbout(secondRun))
                .as("the second run's notices wait their turn")
                .isEqualTo(2);
        held.release();
        awaitWebhookAbout(secondRun);
    }

    /**
     * Fails step 1 in another thread and answers its page. The bound only ends a step that waits for the held webhook
     * (whose own timeout is longer); the proof is that the webhook still holds its request when the step is done.
     */
    private String failStepOneWithin(long runId) throws Exception {
        failNext("CREATE_CLIENT");
        return CompletableFuture.supplyAsync(() -> executeStepOne(runId)).get(20, TimeUnit.SECONDS);
    }

    private long startRun() {
        try {
            return operator.start(unique + ".example.com");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void failStepOne(long runId) {
        failNext("CREATE_CLIENT");
        assertThat(executeStepOne(runId)).contains("Attempt 1 failed");
    }

    private void failNext(String call) {
        simulator.inject("{\"call\": \"" + call + "\", \"times\": 1, \"httpStatus\": 500, \"statusCode\": 5,"
                + " \"message\": \"db down\"}");
    }

    private String executeStepOne(long runId) {
        try {
            return new WizardDriver(mvc, "operator", "OPERATOR")
                    .execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("client-" + unique));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String aboutRun(long runId) {
        return "\"run\":\"" + runId + "\"";
    }

    private List<JsonNode> awaitWebhookAbout(long runId) {
        await().atMost(DELIVERED_WITHIN).until(() -> !webhookAbout(runId).isEmpty());
        return webhookAbout(runId);
    }

    private List<JsonNode> webhookAbout(long runId) {
        return webhook.findAll(postRequestedFor(urlPathEqualTo(HOOK))).stream()
                .filter(request -> request.getBodyAsString().contains(aboutRun(runId)))
                .map(request -> GauthSimulatorClient.JSON.readTree(request.getBodyAsString()))
                .toList();
    }

    private MimeMessage awaitEmailAbout(long runId) {
        String subject = "Run " + runId + " ";
        await().atMost(DELIVERED_WITHIN)
                .until(() -> Arrays.stream(mailServer.getReceivedMessages())
                        .anyMatch(message -> subjectOf(message).startsWith(subject)));
        return Arrays.stream(mailServer.getReceivedMessages())
                .filter(message -> subjectOf(message).startsWith(subject))
                .findFirst()
                .orElseThrow();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private long outboxRowsAbout(long runId) {
        return jdbc.sql("SELECT COUNT(*) FROM notice_outbox WHERE subject = ?")
                .param("run " + runId)
                .query(Long.class)
                .single();
    }

    /** The audit's notice events about the run, as "KIND CHANNEL ATTEMPTS [actor]". */
    private List<String> noticeEvents(long runId) {
        return jdbc.sql("SELECT kind, actor, details FROM audit_event WHERE kind LIKE 'NOTICE_%' AND details LIKE ?"
                        + " ORDER BY seq")
                .param("%\"about\":\"run " + runId + "\"%")
                .query((row, number) -> {
                    JsonNode details = GauthSimulatorClient.JSON.readTree(row.getString("details"));
                    String actor = row.getString("actor");
                    return row.getString("kind") + " " + details.path("channel").stringValue() + " "
                            + details.path("attempts").asInt() + (actor == null ? "" : " " + actor);
                })
                .list();
    }

    private String adminPage() throws Exception {
        return mvc.perform(get("/admin/notifications").with(user("admin").roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
