package com.gauthconsole.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.ConsoleSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Everybody sees where they are signed in and ends any of those sessions, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class YourSessionsTest {

    private static final Pattern END_BUTTON = Pattern.compile("action=\"(/account/sessions/([0-9a-f]+)/end)\"");
    private static final String PASSWORD = "sessions-test-password-1";

    @LocalServerPort
    int port;

    @Test
    void aUserSeesEachOfTheirSessionsWithAddressBrowserAndTimeAndEndsTheOtherOne() throws Exception {
        String name = newUser();
        ConsoleSession here = signedIn(name);
        ConsoleSession elsewhere = signedIn(name);

        String page = here.open("/account/sessions");

        assertThat(page.split("<tr id=\"session-", -1))
                .as("two sessions listed")
                .hasSize(3);
        assertThat(page).contains("this session", "127.0.0.1", "Java-http-client", " UTC");
        Matcher other = END_BUTTON.matcher(page);
        assertThat(other.find()).as("the other session has an end button").isTrue();
        assertThat(other.find()).as("only the other one").isFalse();
        other.reset().find();

        assertThat(here.post(other.group(1), Map.of()).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/account/sessions"));

        assertThat(elsewhere.get("/runs/new").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(here.get("/runs/new").statusCode()).isEqualTo(200);
        assertThat(here.open("/account/sessions").split("<tr id=\"session-", -1))
                .hasSize(2);
    }

    @Test
    void theHandleOfSomeoneElsesSessionEndsNothing() throws Exception {
        String victim = newUser();
        ConsoleSession victimsSession = signedIn(victim);
        ConsoleSession victimsOther = signedIn(victim);
        Matcher handle = END_BUTTON.matcher(victimsSession.open("/account/sessions"));
        assertThat(handle.find()).isTrue();
        ConsoleSession intruder = signedIn(newUser());
        intruder.open("/account/sessions");

        assertThat(intruder.post(handle.group(1), Map.of()).statusCode()).isEqualTo(302);
        assertThat(intruder.open("/account/sessions")).doesNotContain("session-" + handle.group(2));

        assertThat(victimsSession.get("/runs/new").statusCode()).isEqualTo(200);
        assertThat(victimsOther.get("/runs/new").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionPageNamesSessionsByAHashNeverByTheirId() throws Exception {
        ConsoleSession session = signedIn(newUser());

        String page = session.open("/account/sessions");

        String cookie = session.cookie("SESSION");
        String id = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
        assertThat(page).doesNotContain(id).doesNotContain(cookie);
    }

    /** A user with their own password, past the change an administrator's password asks for. */
    private String newUser() throws Exception {
        String name = "sessions-" + System.nanoTime();
        ConsoleSession admin = new ConsoleSession(baseUrl());
        admin.signIn("admin", "admin");
        admin.post(
                "/admin/users",
                Map.of(
                        "username",
                        List.of(name),
                        "password",
                        List.of("given-" + PASSWORD),
                        "roles",
                        List.of("OPERATOR")));
        ConsoleSession first = new ConsoleSession(baseUrl());
        first.trySignIn(name, "given-" + PASSWORD);
        first.open("/account/password");
        first.post(
                "/account/password",
                Map.of(
                        "currentPassword", List.of("given-" + PASSWORD),
                        "newPassword", List.of(PASSWORD),
                        "repeatedPassword", List.of(PASSWORD)));
        first.open("/");
        first.post("/logout", Map.of());
        return name;
    }

    private ConsoleSession signedIn(String name) throws Exception {
        ConsoleSession session = new ConsoleSession(baseUrl());
        session.signIn(name, PASSWORD);
        return session;
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
