package com.gauthconsole.secondfactor;

import static com.gauthconsole.secondfactor.LocalAccount.giveCode;
import static com.gauthconsole.secondfactor.LocalAccount.location;
import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.secret.Secret;
import com.gauthconsole.secret.SecretBox;
import com.gauthconsole.security.Role;
import com.gauthconsole.testing.ConsoleSession;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A second factor's secret is kept sealed: a known one, planted, and one made at enrolment are found in no table, log
 * line or later page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SealedSecondFactorTest {

    private static final Secret KNOWN = Secret.of("KNOWNSECRETQ7PLANTEDBYATEST2345A");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SecondFactorStore store;

    @Autowired
    SecretBox box;

    @Test
    void aPlantedSecretWorksButIsFoundInNoTableLogLineOrLaterPage(CapturedOutput output) throws Exception {
        LocalAccount operator = LocalAccount.create(jdbc, encoder, "http://localhost:" + port, Role.OPERATOR);
        assertThat(store.savePendingIfNone(
                        operator.username(), box.seal(KNOWN, "second factor of " + operator.username()), Instant.now()))
                .isTrue();
        ConsoleSession session = operator.withPassword();
        List<String> pages = new ArrayList<>();
        String setup = session.open("/account/second-factor");
        assertThat(setup).as("the enrolment page is the one place it is shown").contains("KNOW NSEC");

        LocalAccount.App app = operator.confirm(session, KNOWN);
        pages.add(session.open("/account/second-factor"));
        ConsoleSession next = operator.withPassword();
        pages.add(next.open("/sign-in/second-factor"));
        assertThat(location(giveCode(next, app.nextCode())))
                .as("the planted secret is the one in use")
                .endsWith("/");
        LocalAccount another = LocalAccount.create(jdbc, encoder, "http://localhost:" + port, Role.LEAD);
        Secret generated = another.enrol(another.withPassword()).secret();
        ConsoleSession admin = new ConsoleSession("http://localhost:" + port);
        admin.signIn("admin", "admin");
        pages.add(admin.open("/history/events"));
        pages.add(admin.open("/admin/users"));

        String database = String.join("\n", jdbc.queryForList("SCRIPT", String.class));
        String hex = HexFormat.of().formatHex(KNOWN.reveal().getBytes(StandardCharsets.UTF_8));
        assertThat(database)
                .contains("second_factor".toUpperCase())
                .doesNotContain(KNOWN.reveal())
                .doesNotContainIgnoringCase(hex);
        assertThat(database).as("a secret made at enrolment").doesNotContain(generated.reveal());
        assertThat(output.getAll()).doesNotContain(KNOWN.reveal(), generated.reveal());
        assertThat(pages).noneMatch(page -> page.contains(KNOWN.reveal()) || page.contains("KNOW NSEC"));
    }
}
