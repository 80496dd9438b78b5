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

/** With {@code console.sign-in.totp.required-for-admin}, administrators enrol before anything else. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "console.sign-in.totp.required-for-admin=true")
class SecondFactorRequiredForAdminTest {

    private static final String ENROLMENT_PAGE = "/account/second-factor";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anAdministratorWithoutASecondFactorMustEnrolBeforeAnyOtherPageOpens() throws Exception {
        LocalAccount admin = account(Role.ADMIN);
        ConsoleSession session = admin.withPassword();

        for (String page : List.of("/", "/admin/users", "/runs/new", "/history", "/account/sessions")) {
            assertThat(location(session.get(page))).as(page).endsWith(ENROLMENT_PAGE);
        }
        assertThat(session.open(ENROLMENT_PAGE)).contains("id=\"second-factor-required\"", "id=\"totp-secret\"");

        LocalAccount.App app = admin.enrol(session);

        assertThat(session.get("/admin/users").statusCode())
                .as("the roles are held once enrolled")
                .isEqualTo(200);
        session.open(ENROLMENT_PAGE);
        HttpResponse<String> off =
                session.post(ENROLMENT_PAGE + "/disable", Map.of("proof", List.of(admin.password())));
        assertThat(off.body()).contains("id=\"proof-error\"", "Administrators must keep a second factor");

        ConsoleSession next = admin.withPassword();
        assertThat(location(next.get("/admin/users"))).endsWith("/sign-in/second-factor");
        assertThat(location(giveCode(next, app.nextCode()))).endsWith("/");
        assertThat(next.get("/admin/users").statusCode()).isEqualTo(200);
    }

    @Test
    void otherRolesAreNotAsked() throws Exception {
        LocalAccount operator = account(Role.OPERATOR);

        assertThat(operator.withPassword().get("/runs/new").statusCode()).isEqualTo(200);
    }

    private LocalAccount account(Role role) {
        return LocalAccount.create(jdbc, encoder, "http://localhost:" + port, role);
    }
}
