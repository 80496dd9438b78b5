package com.gauthconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.security.Role;
import com.gauthconsole.testing.ConsoleSession;
import com.gauthconsole.testing.DatabaseContent;
import com.gauthconsole.testing.GauthSimulatorClient;
import com.gauthconsole.testing.MutableClock;
import com.gauthconsole.testing.MutableClockConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Personal API tokens over real HTTP: made on the account page, shown once, stored hashed, and refused at once when
 * revoked, expired, when their user is disabled, and for each role the user no longer holds or the token was not
 * given. The API takes nothing but a token: a session cookie alone is refused, and no CSRF token is asked for.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"console.api.requests-per-second=1", "logging.level.com.gauthconsole=DEBUG"})
@Import(MutableClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class ApiTokensTest {

    private static final String UNAUTHENTICATED = "urn:gauth-console:problem:unauthenticated";
    private static final String MISSING_ROLE = "urn:gauth-console:problem:missing-role";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    DataSource dataSource;

    @Autowired
    MutableClock clock;

    private String baseUrl;
    private ConsoleSession admin;

    @BeforeEach
    void signInTheAdministrator() throws Exception {
        baseUrl = "http://localhost:" + port;
        admin = new ConsoleSession(baseUrl);
        admin.signIn("admin", "admin");
    }

    @Test
    void aTokenIsShownOnceStoredOnlyAsItsHashAndRefusedOnceRevoked(CapturedOutput log) throws Exception {
        ApiUser operator = user(Role.OPERATOR);
        String token = operator.createToken("nightly onboarding", Role.OPERATOR);

        assertThat(get(token, "/api/v1/targets").statusCode()).isEqualTo(200);
        String list = operator.pages().get("/account/api-tokens").body();
        assertThat(list).contains("nightly onboarding").doesNotContain(token);
        assertThat(DatabaseContent.of(dataSource)).doesNotContain(token, token.substring(21));
        assertThat(admin.get("/admin/api-tokens").body())
                .contains("nightly onboarding")
                .doesNotContain(token);

        operator.pages().open("/account/api-tokens");
        operator.pages().post("/account/api-tokens/" + tokenId("nightly onboarding") + "/revoke", Map.of());

        HttpResponse<String> refused = get(token, "/api/v1/targets");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(refused).path("type").asString()).isEqualTo(UNAUTHENTICATED);
        assertThat(json(refused).path("detail").asString()).contains("revoked");
        assertThat(auditDetails("API_TOKEN_CREATED", operator.username())).contains("nightly onboarding");
        assertThat(auditDetails("API_TOKEN_REVOKED", operator.username())).contains("nightly onboarding");
        assertThat(auditDetails("API_TOKEN_CREATED", operator.username()) + log.getAll())
                .doesNotContain(token, token.substring(21));
    }

    @Test
    void anAdministratorRevokesAnybodysToken() throws Exception {
        ApiUser operator = user(Role.OPERATOR);
        String token = operator.createToken("to be revoked by an admin", Role.OPERATOR);

        admin.open("/admin/api-tokens");
        admin.post("/admin/api-tokens/" + tokenId("to be revoked by an admin") + "/revoke", Map.of());

        assertThat(get(token, "/api/v1/targets").statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForObject(
                        "SELECT revoked_by FROM api_token WHERE name = ?", String.class, "to be revoked by an admin"))
                .isEqualTo("admin");
    }

    @Test
    void aTokenLosesARoleTheMomentItsUserDoes() throws Exception {
        ApiUser both = user(Role.OPERATOR, Role.AUDITOR);
        String token = both.createToken("reads and runs", Role.OPERATOR, Role.AUDITOR);
        assertThat(get(token, "/api/v1/history/export.json").statusCode()).isEqualTo(200);

        admin.open("/admin/users/" + both.id());
        admin.post("/admin/users/" + both.id() + "/roles", Map.of("roles", List.of("OPERATOR")));

        HttpResponse<String> refused = get(token, "/api/v1/history/export.json");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).path("type").asString()).isEqualTo(MISSING_ROLE);
        assertThat(get(token, "/api/v1/targets").statusCode())
                .as("what the remaining role allows")
                .isEqualTo(200);
    }

    @Test
    void aTokenGivenFewerRolesThanItsUserCannotDoWhatTheMissingRoleAllows() throws Exception {
        ApiUser lead = user(Role.LEAD, Role.AUDITOR);
        String readOnly = lead.createToken("history reader", Role.AUDITOR);

        HttpResponse<String> refused = post(
                readOnly,
                "/api/v1/runs",
                "{\"target\":\"Built-in simulator\",\"clusterDomain\":\"a.example.com\",\"customerDomain\":\"a.com\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).path("type").asString()).isEqualTo(MISSING_ROLE);
        assertThat(get(readOnly, "/api/v1/history/export.csv").statusCode()).isEqualTo(200);
    }

    @Test
    void noTokenCanBeGivenARoleItsUserDoesNotHoldNorLiveLongerThanAllowed() throws Exception {
        ApiUser operator = user(Role.OPERATOR);

        String page = operator.submitToken("too much", "91", Role.OPERATOR, Role.ADMIN)
                .body();

        assertThat(page)
                .contains("Choose only roles you hold", "A token lives at most 90 days")
                .contains("value=\"too much\"")
                .doesNotContain("id=\"new-token-value\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE name = 'too much'", Integer.class))
                .isZero();
    }

    @Test
    void aDisabledUsersTokenIsRefused() throws Exception {
        ApiUser operator = user(Role.OPERATOR);
        String token = operator.createToken("of a leaver", Role.OPERATOR);

        admin.open("/admin/users/" + operator.id());
        admin.post("/admin/users/" + operator.id() + "/disable", Map.of());

        HttpResponse<String> refused = get(token, "/api/v1/targets");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused).path("detail").asString()).contains("disabled");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        ApiUser operator = user(Role.OPERATOR);
        String token = operator.createToken("short-lived", Role.OPERATOR);
        assertThat(get(token, "/api/v1/targets").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofDays(31));

        HttpResponse<String> refused = get(token, "/api/v1/targets");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused).path("detail").asString()).contains("expired");
    }

    @Test
    void aSessionCookieAloneIsRefusedAndATokenNeedsNoCsrfAndGetsNoSession() throws Exception {
        ApiUser operator = user(Role.OPERATOR);
        String token = operator.createToken("no cookies", Role.OPERATOR);

        HttpResponse<String> withCookie = operator.pages().get("/api/v1/targets");
        assertThat(withCookie.statusCode()).isEqualTo(401);
        assertThat(json(withCookie).path("type").asString()).isEqualTo(UNAUTHENTICATED);
        HttpResponse<String> cookieAndCsrf = operator.pages().post("/api/v1/runs", Map.of("target", List.of("x")));
        assertThat(cookieAndCsrf.statusCode()).isEqualTo(401);

        HttpResponse<String> started = post(
                token,
                "/api/v1/runs",
                "{\"target\":\"Built-in simulator\",\"clusterDomain\":\"b.example.com\",\"customerDomain\":\"b.com\"}");
        assertThat(started.statusCode()).isEqualTo(201);
        assertThat(started.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(json(started).path("run").path("startedBy").asString()).isEqualTo(operator.username());
        long runId = json(started).path("run").path("id").asLong();
        assertThat(jdbc.queryForObject(
                        "SELECT details FROM audit_event WHERE kind = 'RUN_CREATED' AND run_id = ?",
                        String.class,
                        runId))
                .as("the event of what the call did names the token")
                .contains("\"apiToken\":\"no cookies\"");
    }

    @Test
    void aTokenMakesAtMostTheConfiguredCallsASecond() throws Exception {
        ApiUser operator = user(Role.OPERATOR);
        String token = operator.createToken("in a hurry", Role.OPERATOR);

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            answers.add(get(token, "/api/v1/targets"));
        }

        HttpResponse<String> limited = answers.stream()
                .filter(answer -> answer.statusCode() == 429)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no call was limited"));
        assertThat(json(limited).path("type").asString()).isEqualTo("urn:gauth-console:problem:rate-limited");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(answers.stream().filter(answer -> answer.statusCode() == 200))
                .as("1 a second over 10 seconds")
                .hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void callsWithoutAnyTokenOrWithAMadeUpOneAreRefused() throws Exception {
        HttpResponse<String> none = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/targets"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(get("gac_0123456789abcdef_" + "A".repeat(43), "/api/v1/targets")
                        .statusCode())
                .isEqualTo(401);
    }

    private ApiUser user(Role... roles) throws Exception {
        return ApiUser.create(jdbc, encoder, baseUrl, roles);
    }

    private long tokenId(String name) {
        return jdbc.queryForObject("SELECT id FROM api_token WHERE name = ?", Long.class, name);
    }

    private String auditDetails(String kind, String username) {
        return String.join(
                "\n",
                jdbc.queryForList(
                        "SELECT details FROM audit_event WHERE kind = ? AND subject = ?",
                        String.class,
                        kind,
                        "user " + username));
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        return ApiUser.get(baseUrl, token, path);
    }

    private HttpResponse<String> post(String token, String path, String json) throws Exception {
        return ApiUser.post(baseUrl, token, path, json);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return GauthSimulatorClient.JSON.readTree(response.body());
    }
}
