package com.gauthconsole.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.secret.Secret;
import com.gauthconsole.security.Role;
import com.gauthconsole.testing.ConsoleSession;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A local account made for one test, and what its person does with their second factor, over real HTTP. */
record LocalAccount(String username, String password, String baseUrl) {

    static final String PASSWORD = "a-password-of-my-own-5t";

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([a-z0-9]{4}(?:-[a-z0-9]{4}){3})</code>");

    /** A user with a password they chose themselves, so no change is asked for. */
    static LocalAccount create(JdbcTemplate jdbc, PasswordEncoder encoder, String baseUrl, Role role) {
        String username = "mfa-" + System.nanoTime();
        jdbc.update(
                "INSERT INTO console_user (username, password_hash, enabled, password_change_required, created_at,"
                        + " updated_at) VALUES (?, ?, TRUE, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                username,
                encoder.encode(PASSWORD));
        jdbc.update(
                "INSERT INTO user_role (user_id, role) SELECT id, ? FROM console_user WHERE username = ?",
                role.name(),
                username);
        return new LocalAccount(username, PASSWORD, baseUrl);
    }

    /** The person's authenticator app, once enrolled: the secret, and the step of the code that confirmed it. */
    record App(Secret secret, long confirmedAt, List<String> recoveryCodes) {

        String code(long step) {
            return new TotpCodes().codeAt(secret, step);
        }

        /** The next code the app shows after the one that confirmed the enrolment, within the accepted drift. */
        String nextCode() {
            return code(confirmedAt + 1);
        }
    }

    ConsoleSession session() {
        return new ConsoleSession(baseUrl);
    }

    /** Signed in with the password (and, with a second factor, nothing more yet). */
    ConsoleSession withPassword() throws Exception {
        ConsoleSession session = session();
        assertThat(session.trySignIn(username, password)).endsWith("/");
        return session;
    }

    /** Enrols through the page with the code of the current step, as the person's app would show it. */
    App enrol(ConsoleSession session) throws Exception {
        String page = session.open("/account/second-factor");
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).as("the secret is shown for enrolment").isTrue();
        return confirm(session, Secret.of(secret.group(1).replace(" ", "")));
    }

    App confirm(ConsoleSession session, Secret secret) throws Exception {
        session.open("/account/second-factor");
        long step = TotpCodes.stepAt(Instant.now());
        HttpResponse<String> confirmed = session.post(
                "/account/second-factor/confirm", Map.of("code", List.of(new TotpCodes().codeAt(secret, step))));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        return new App(secret, step, recoveryCodes(confirmed.body()));
    }

    static List<String> recoveryCodes(String page) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = RECOVERY_CODE.matcher(page);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    /** Gives a code on the sign-in's second page; answers where it sends the browser, or the page itself. */
    static HttpResponse<String> giveCode(ConsoleSession session, String code) throws Exception {
        session.open("/sign-in/second-factor");
        return session.post("/sign-in/second-factor", Map.of("code", List.of(code)));
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
