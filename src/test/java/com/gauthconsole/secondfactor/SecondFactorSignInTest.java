package com.gauthconsole.secondfactor;

import static com.gauthconsole.secondfactor.LocalAccount.giveCode;
import static com.gauthconsole.secondfactor.LocalAccount.location;
import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.security.Role;
import com.gauthconsole.testing.ConsoleSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Local accounts with a second factor sign in with their password and then a code, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondFactorSignInTest {

    private static final String SECOND_PAGE = "/sign-in/second-factor";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void enrolsWithAFirstCodeAndThenSignsInWithPasswordAndCode() throws Exception {
        LocalAccount operator = account(Role.OPERATOR);
        ConsoleSession enrolling = operator.withPassword();
        String setup = enrolling.open("/account/second-factor");
        assertThat(setup).contains("id=\"totp-secret\"", "otpauth://totp/", "src=\"data:image/svg+xml;base64,");

        LocalAccount.App app = operator.enrol(enrolling);

        assertThat(app.recoveryCodes()).hasSize(10);
        assertThat(enrolling.open("/account/second-factor"))
                .contains("id=\"second-factor-on\"")
                .doesNotContain("id=\"totp-secret\"", app.recoveryCodes().get(0));

        ConsoleSession signingIn = operator.withPassword();
        assertThat(location(signingIn.get("/runs/new"))).endsWith(SECOND_PAGE);
        HttpResponse<String> passed = giveCode(signingIn, app.nextCode());

        assertThat(location(passed)).endsWith("/");
        assertThat(signingIn.get("/runs/new").statusCode()).isEqualTo(200);
        assertThat(kinds(operator.username()))
                .contains(
                        "SECOND_FACTOR_ENROLLED",
                        "SIGN_IN_PASSWORD_ACCEPTED",
                        "SECOND_FACTOR_SUCCEEDED",
                        "SIGN_IN_SUCCEEDED");
    }

    @Test
    void aUserWhoGaveOnlyThePasswordReachesNoPageButTheCodesAndSigningOut() throws Exception {
        LocalAccount admin = account(Role.ADMIN);
        LocalAccount.App app = admin.enrol(admin.withPassword());
        ConsoleSession halfway = admin.withPassword();

        for (String page : List.of(
                "/",
                "/runs/new",
                "/history",
                "/history/events",
                "/targets",
                "/admin/users",
                "/account/password",
                "/account/sessions",
                "/account/second-factor",
                "/actuator/prometheus")) {
            assertThat(location(halfway.get(page))).as(page).endsWith(SECOND_PAGE);
        }
        halfway.open(SECOND_PAGE);
        HttpResponse<String> newUser = halfway.post(
                "/admin/users",
                Map.of(
                        "username",
                        List.of("sneaked-in"),
                        "password",
                        List.of("x".repeat(16)),
                        "roles",
                        List.of("ADMIN")));
        assertThat(location(newUser)).endsWith(SECOND_PAGE);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM console_user WHERE username = 'sneaked-in'", Integer.class))
                .isZero();

        halfway.open(SECOND_PAGE);
        assertThat(location(halfway.post("/logout", Map.of()))).endsWith("/login?logout");
        assertThat(location(halfway.get("/runs/new"))).endsWith("/login");
        assertThat(app.recoveryCodes()).hasSize(10);
    }

    @Test
    void wrongCodesAreRefusedAndCountWithTheFailedSignInsUntilTheNameIsLocked() throws Exception {
        LocalAccount lead = account(Role.LEAD);
        LocalAccount.App app = lead.enrol(lead.withPassword());
        ConsoleSession first = lead.withPassword();

        HttpResponse<String> wrong = giveCode(first, "000000");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("id=\"code-error\"", "This code is not right");
        giveCode(first, "111111");

        // A right password again does not give a guesser a fresh count.
        ConsoleSession second = lead.withPassword();
        giveCode(second, "222222");
        giveCode(second, "333333");
        HttpResponse<String> locking = giveCode(second, "444444");

        assertThat(location(locking)).endsWith("/login?locked");
        assertThat(lead.session().trySignIn(lead.username(), lead.password()))
                .as("the right password is refused while the name is locked")
                .endsWith("/login?locked");
        assertThat(location(giveCode(first, app.nextCode())))
                .as("nor does the right code pass in a session that gave the password before")
                .endsWith("/login?locked");
        assertThat(kinds(lead.username()))
                .contains("SECOND_FACTOR_FAILED", "SECOND_FACTOR_LOCKED")
                .doesNotContain("SECOND_FACTOR_SUCCEEDED");
    }

    @Test
    void aCodeOnceUsedIsRefusedInAnotherSession() throws Exception {
        LocalAccount auditor = account(Role.AUDITOR);
        LocalAccount.App app = auditor.enrol(auditor.withPassword());
        String code = app.nextCode();
        ConsoleSession first = auditor.withPassword();
        ConsoleSession second = auditor.withPassword();

        assertThat(location(giveCode(first, code))).endsWith("/");
        HttpResponse<String> replayed = giveCode(second, code);

        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.body()).contains("was used already");
        assertThat(location(second.get("/history"))).endsWith(SECOND_PAGE);
        assertThat(location(giveCode(second, app.code(app.confirmedAt()))))
                .as("nor the code that confirmed the enrolment")
                .doesNotEndWith("/");
    }

    @Test
    void eachRecoveryCodeSignsInOnceAndNewOnesReplaceTheOld() throws Exception {
        LocalAccount operator = account(Role.OPERATOR);
        LocalAccount.App app = operator.enrol(operator.withPassword());
        String recoveryCode = app.recoveryCodes().get(3);

        ConsoleSession first = operator.withPassword();
        assertThat(location(giveCode(first, recoveryCode.toUpperCase()))).endsWith("/");
        assertThat(first.open("/account/second-factor")).contains("<strong>9</strong> unused recovery codes");
        ConsoleSession second = operator.withPassword();
        assertThat(giveCode(second, recoveryCode).body()).contains("id=\"code-error\"");

        first.open("/account/second-factor");
        HttpResponse<String> replaced =
                first.post("/account/second-factor/recovery-codes", Map.of("code", List.of(app.nextCode())));
        List<String> newCodes = LocalAccount.recoveryCodes(replaced.body());
        assertThat(newCodes).hasSize(10).doesNotContainAnyElementsOf(app.recoveryCodes());

        assertThat(giveCode(second, app.recoveryCodes().get(5)).body())
                .as("an old code no longer works")
                .contains("id=\"code-error\"");
        assertThat(location(giveCode(second, newCodes.get(0)))).endsWith("/");
        assertThat(jdbc.queryForList(
                        "SELECT details FROM audit_event WHERE kind = 'SECOND_FACTOR_SUCCEEDED' AND actor = ?",
                        String.class,
                        operator.username()))
                .hasSize(2)
                .allMatch(details -> details.contains("RECOVERY_CODE"));
        assertThat(kinds(operator.username())).contains("RECOVERY_CODES_REPLACED");
    }

    @Test
    void turningItOffTakesThePasswordOrACurrentCode() throws Exception {
        LocalAccount operator = account(Role.OPERATOR);
        ConsoleSession session = operator.withPassword();
        operator.enrol(session);

        session.open("/account/second-factor");
        HttpResponse<String> refused =
                session.post("/account/second-factor/disable", Map.of("proof", List.of("not-my-password")));
        assertThat(refused.body())
                .contains("id=\"proof-error\"", "neither your password nor a current code")
                .doesNotContain("not-my-password");

        session.open("/account/second-factor");
        HttpResponse<String> off =
                session.post("/account/second-factor/disable", Map.of("proof", List.of(operator.password())));
        assertThat(location(off)).endsWith("/account/second-factor");

        ConsoleSession again = operator.withPassword();
        assertThat(again.get("/runs/new").statusCode()).isEqualTo(200);
        assertThat(kinds(operator.username())).contains("SECOND_FACTOR_DISABLED");
    }

    @Test
    void anAdministratorResetsTheSecondFactorOfAUserWhoLostIt() throws Exception {
        LocalAccount operator = account(Role.OPERATOR);
        operator.enrol(operator.withPassword());
        ConsoleSession signedIn = operator.withPassword();
        long id =
                jdbc.queryForObject("SELECT id FROM console_user WHERE username = ?", Long.class, operator.username());
        ConsoleSession admin = new ConsoleSession(baseUrl());
        admin.signIn("admin", "admin");
        assertThat(admin.open("/admin/users/" + id)).contains("Reset the second factor");

        HttpResponse<String> reset = admin.post("/admin/users/" + id + "/second-factor/reset", Map.of());

        assertThat(location(reset)).endsWith("/admin/users/" + id);
        assertThat(location(signedIn.get("/runs/new")))
                .as("their sessions ended")
                .endsWith("/login?ended");
        assertThat(operator.withPassword().get("/runs/new").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "SELECT actor FROM audit_event WHERE kind = 'USER_SECOND_FACTOR_RESET' AND subject = ?",
                        String.class,
                        "user " + operator.username()))
                .containsExactly("admin");
    }

    @Test
    void anAdministratorCannotResetTheirOwnSecondFactorFromTheUsersPage() throws Exception {
        LocalAccount administrator = account(Role.ADMIN);
        LocalAccount.App app = administrator.enrol(administrator.withPassword());
        ConsoleSession signedIn = administrator.withPassword();
        assertThat(location(giveCode(signedIn, app.nextCode()))).endsWith("/");
        long id = jdbc.queryForObject(
                "SELECT id FROM console_user WHERE username = ?", Long.class, administrator.username());

        HttpResponse<String> reset = signedIn.post("/admin/users/" + id + "/second-factor/reset", Map.of());

        assertThat(location(reset)).endsWith("/admin/users/" + id);
        assertThat(signedIn.open("/admin/users/" + id)).contains("You cannot reset your own second factor here");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM second_factor WHERE username = ?",
                        Integer.class,
                        administrator.username()))
                .as("the factor is still there: turning it off takes its proof on the account page")
                .isEqualTo(1);
        assertThat(kinds(administrator.username())).doesNotContain("USER_SECOND_FACTOR_RESET");
    }

    private List<String> kinds(String username) {
        return jdbc.queryForList("SELECT kind FROM audit_event WHERE actor = ? ORDER BY seq", String.class, username);
    }

    private LocalAccount account(Role role) {
        return LocalAccount.create(jdbc, encoder, baseUrl(), role);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
