package com.gauthconsole.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.CompanySignInSession;
import com.gauthconsole.testing.DatabaseContent;
import idp.TestIdentityProvider;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through a real OpenID provider (Spring Authorization Server, an application of its own on its own port),
 * over real HTTP: its login form, its signed ID tokens with the people's groups, the console's code exchange.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.com.gauthconsole=DEBUG", "logging.level.org.springframework.web=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class CompanySignInTest {

    private static final TestIdentityProvider.Running provider = TestIdentityProvider.shared();

    @DynamicPropertySource
    static void companyProvider(DynamicPropertyRegistry registry) {
        provider.consoleProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final List<CompanySignInSession> sessions = new ArrayList<>();

    @AfterEach
    void groupsAsTheyWere() {
        provider.people().setGroups("liam", List.of("console-leads"));
    }

    @Test
    void eachGroupSignsInWithTheRoleItIsMappedTo() throws Exception {
        Map<String, String> pageOnlyTheirRoleOpens = Map.of(
                "olivia", "/runs/new",
                "aaron", "/history/export.csv",
                "liam", "/targets",
                "ada", "/admin/users");
        for (var person : pageOnlyTheirRoleOpens.entrySet()) {
            CompanySignInSession session = session();
            HttpResponse<String> home = session.signIn(
                    TestIdentityProvider.REGISTRATION_ID, person.getKey(), TestIdentityProvider.PASSWORD);
            assertThat(home.uri().getPath()).as(person.getKey() + " lands home").isEqualTo("/");
            assertThat(home.body()).contains("Signed in as <strong>" + person.getKey() + "</strong>");
            assertThat(session.get(person.getValue()).statusCode())
                    .as(person.getKey() + " on " + person.getValue())
                    .isEqualTo(200);
        }
        CompanySignInSession operator = session();
        operator.signIn(TestIdentityProvider.REGISTRATION_ID, "olivia", TestIdentityProvider.PASSWORD);
        assertThat(operator.get("/targets").statusCode()).isEqualTo(403);
        assertThat(operator.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(auditKinds("olivia")).contains("COMPANY_SIGN_IN_SUCCEEDED");
    }

    @Test
    void aPersonNoneOfWhoseGroupsGivesARoleIsRefusedWithAPageThatSaysWhy() throws Exception {
        CompanySignInSession session = session();

        HttpResponse<String> refused =
                session.signIn(TestIdentityProvider.REGISTRATION_ID, "nora", TestIdentityProvider.PASSWORD);

        assertThat(refused.uri().toString()).endsWith("/login?no-role");
        assertThat(refused.body()).contains("none of your groups gives you a role in this console");
        assertThat(session.get("/").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(auditKinds("nora")).containsExactly("COMPANY_SIGN_IN_REFUSED");
    }

    @Test
    void aPersonMovedToAnotherGroupHasTheNewRoleAtTheNextSignInAndNoneWhenRemoved() throws Exception {
        CompanySignInSession asLead = session();
        asLead.signIn(TestIdentityProvider.REGISTRATION_ID, "liam", TestIdentityProvider.PASSWORD);
        assertThat(asLead.get("/targets").statusCode()).isEqualTo(200);

        provider.people().setGroups("liam", List.of("console-auditors"));
        CompanySignInSession asAuditor = session();
        asAuditor.signIn(TestIdentityProvider.REGISTRATION_ID, "liam", TestIdentityProvider.PASSWORD);
        assertThat(asAuditor.get("/targets").statusCode()).isEqualTo(403);
        assertThat(asAuditor.get("/history/export.csv").statusCode()).isEqualTo(200);

        provider.people().setGroups("liam", List.of("staff"));
        HttpResponse<String> refused =
                session().signIn(TestIdentityProvider.REGISTRATION_ID, "liam", TestIdentityProvider.PASSWORD);
        assertThat(refused.uri().toString()).endsWith("/login?no-role");
    }

    @Test
    void anAdministratorEndsEverySessionOfACompanyUserAtOnce() throws Exception {
        CompanySignInSession lead = session();
        lead.signIn(TestIdentityProvider.REGISTRATION_ID, "liam", TestIdentityProvider.PASSWORD);
        assertThat(lead.get("/targets").statusCode()).isEqualTo(200);
        CompanySignInSession admin = session();
        admin.signIn(TestIdentityProvider.REGISTRATION_ID, "ada", TestIdentityProvider.PASSWORD);

        HttpResponse<String> ended =
                admin.post("/admin/users", "/admin/sessions/end", Map.of("username", List.of("liam")));

        assertThat(ended.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/users"));
        assertThat(lead.get("/targets").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?ended"));
        assertThat(auditKinds("ada")).contains("SESSIONS_ENDED");
    }

    @Test
    void signingOutEndsTheCompanySession() throws Exception {
        CompanySignInSession session = session();
        session.signIn(TestIdentityProvider.REGISTRATION_ID, "olivia", TestIdentityProvider.PASSWORD);

        HttpResponse<String> signedOut = session.post("/", "/logout", Map.of());

        assertThat(signedOut.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?logout"));
        assertThat(session.get("/runs/new").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void theLoginPageOffersTheProviderAndTheLocalFormForBreakGlassAccounts() throws Exception {
        String login = session().get("/login").body();

        assertThat(login).contains("href=\"/oauth2/authorization/company\"", "Sign in with Test Company");
        assertThat(login).contains("name=\"password\"", "With a console account");
    }

    @Test
    void noTokenCodeOrClientSecretReachesTheDatabaseTheLogOrAPage(CapturedOutput output) throws Exception {
        CompanySignInSession session = session();
        session.signIn(TestIdentityProvider.REGISTRATION_ID, "ada", TestIdentityProvider.PASSWORD);
        session.get("/");
        session.get("/account/sessions");
        session.get("/account/password");

        List<String> planted = new ArrayList<>(provider.tokens().values());
        assertThat(planted).as("codes and tokens the provider issued").hasSizeGreaterThanOrEqualTo(3);
        planted.add(TestIdentityProvider.CLIENT_SECRET);
        String database = DatabaseContent.of(dataSource);
        String pages = session.pages().entrySet().stream()
                .filter(page -> page.getKey().matches("\\w+ http://127\\.0\\.0\\.1:" + port + "/.*"))
                .map(Map.Entry::getValue)
                .collect(Collectors.joining("\n"));
        List<String> leaks = planted.stream()
                .flatMap(secret -> {
                    List<String> found = new ArrayList<>();
                    if (database.contains(secret)) {
                        found.add("database: " + secret);
                    }
                    if (output.getAll().contains(secret)) {
                        found.add("log: " + secret);
                    }
                    if (pages.contains(secret)) {
                        found.add("page: " + secret);
                    }
                    return found.stream();
                })
                .toList();
        assertThat(database).contains("SPRING_SESSION_ATTRIBUTES.ATTRIBUTE_BYTES");
        assertThat(leaks).isEmpty();
    }

    private CompanySignInSession session() {
        CompanySignInSession session = new CompanySignInSession("http://127.0.0.1:" + port);
        sessions.add(session);
        return session;
    }

    private List<String> auditKinds(String actor) {
        return new JdbcTemplate(dataSource)
                .queryForList("SELECT kind FROM audit_event WHERE actor = ? ORDER BY seq", String.class, actor);
    }
}
