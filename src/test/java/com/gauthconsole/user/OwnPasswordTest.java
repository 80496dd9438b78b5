package com.gauthconsole.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.ConsoleSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** People with an account of the console's own keep their password themselves, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OwnPasswordTest {

    private static final String GIVEN = "given-by-the-admin-7r2k";
    private static final String CHOSEN = "my-own-choice-of-words-4q";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPasswordSetByAnAdministratorMustBeChangedBeforeAnyOtherPageOpens() throws Exception {
        String name = newUser("OPERATOR");
        ConsoleSession newcomer = session();

        assertThat(newcomer.trySignIn(name, GIVEN)).endsWith("/");
        assertThat(newcomer.get("/runs/new").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/account/password"));
        assertThat(newcomer.get("/history").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/account/password"));
        assertThat(newcomer.open("/account/password")).contains("Choose your own before you go on");

        HttpResponse<String> changed = change(newcomer, GIVEN, CHOSEN, CHOSEN);

        assertThat(changed.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        assertThat(newcomer.get("/runs/new").statusCode()).isEqualTo(200);
        assertThat(session().trySignIn(name, GIVEN)).endsWith("/login?error");
        ConsoleSession again = session();
        assertThat(again.trySignIn(name, CHOSEN)).endsWith("/");
        assertThat(again.get("/runs/new").statusCode())
                .as("no change asked for again")
                .isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "SELECT details FROM audit_event WHERE kind = 'PASSWORD_CHANGED' AND actor = ?",
                        String.class,
                        name))
                .singleElement()
                .asString()
                .contains("\"required\":\"true\"");
    }

    @Test
    void theCurrentPasswordIsRequiredAndEachMistakeIsShownNextToItsFieldWithNothingTypedShownAgain() throws Exception {
        ConsoleSession user = signedInWithOwnPassword(newUser("AUDITOR"));

        HttpResponse<String> wrongCurrent =
                change(user, "not-my-password-at-all", "another-fine-choice-9x", "another-fine-choice-9x");
        assertThat(wrongCurrent.statusCode()).isEqualTo(200);
        assertThat(wrongCurrent.body())
                .contains("id=\"currentPassword-error\"", "This is not your current password.")
                .doesNotContain("not-my-password-at-all", "another-fine-choice-9x");

        HttpResponse<String> mismatch = change(user, CHOSEN, "another-fine-choice-9x", "another-fine-choice-8x");
        assertThat(mismatch.body()).contains("id=\"repeatedPassword-error\"", "Type the same new password twice.");

        HttpResponse<String> tooShort = change(user, CHOSEN, "short", "short");
        assertThat(tooShort.body()).contains("id=\"newPassword-error\"", "Use at least 12 characters.");

        HttpResponse<String> unchanged = change(user, CHOSEN, CHOSEN, CHOSEN);
        assertThat(unchanged.body()).contains("Choose a password other than your current one.");
    }

    @Test
    void aPasswordFromTheListOfCommonPasswordsIsRefusedWhateverItsCase() throws Exception {
        String name = newUser("OPERATOR");
        ConsoleSession user = signedInWithOwnPassword(name);

        for (String common : List.of("qwertyuiopasdfghjkl", "QwertyuiopASDFghjkl", "123456789012")) {
            HttpResponse<String> refused = change(user, CHOSEN, common, common);
            assertThat(refused.body())
                    .as(common)
                    .contains("id=\"newPassword-error\"", "one of the passwords people use most");
        }
        assertThat(session().trySignIn(name, CHOSEN)).as("the password stayed").endsWith("/");
    }

    @Test
    void changingYourPasswordEndsYourOtherSessionsButNotThisOne() throws Exception {
        String name = newUser("OPERATOR");
        ConsoleSession here = signedInWithOwnPassword(name);
        ConsoleSession elsewhere = session();
        assertThat(elsewhere.trySignIn(name, CHOSEN)).endsWith("/");

        change(here, CHOSEN, "a-third-password-entirely", "a-third-password-entirely");

        assertThat(here.get("/runs/new").statusCode()).isEqualTo(200);
        assertThat(elsewhere.get("/runs/new").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    /** An administrator creates the user with the password {@link #GIVEN}. */
    private String newUser(String role) throws Exception {
        String name = "own-" + System.nanoTime();
        ConsoleSession admin = session();
        admin.signIn("admin", "admin");
        HttpResponse<String> created = admin.post(
                "/admin/users", Map.of("username", List.of(name), "password", List.of(GIVEN), "roles", List.of(role)));
        assertThat(created.statusCode()).isEqualTo(302);
        return name;
    }

    private ConsoleSession signedInWithOwnPassword(String name) throws Exception {
        ConsoleSession user = session();
        assertThat(user.trySignIn(name, GIVEN)).endsWith("/");
        user.open("/account/password");
        assertThat(change(user, GIVEN, CHOSEN, CHOSEN).statusCode()).isEqualTo(302);
        return user;
    }

    private static HttpResponse<String> change(ConsoleSession user, String current, String chosen, String repeated)
            throws Exception {
        user.open("/account/password");
        return user.post(
                "/account/password",
                Map.of(
                        "currentPassword", List.of(current),
                        "newPassword", List.of(chosen),
                        "repeatedPassword", List.of(repeated)));
    }

    private ConsoleSession session() {
        return new ConsoleSession("http://localhost:" + port);
    }
}
