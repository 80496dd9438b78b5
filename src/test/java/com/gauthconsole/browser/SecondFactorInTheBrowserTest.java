package com.gauthconsole.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A person turns on their second factor and signs in with it, in headless Chromium; each page is checked with
 * axe-core on arrival. The test stands in for the authenticator app: it reads the secret off the page.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondFactorInTheBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    private ConsoleBrowser browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = ConsoleBrowser.open("http://localhost:" + port, Path.of("target", "screenshots"));
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anOperatorTurnsOnTheSecondFactorAndSignsInWithACodeOfTheApp() throws Exception {
        String name = operatorWhosePasswordIsTheirName();
        browser.signIn(name);

        browser.open("/account/second-factor");
        assertThat(browser.has(By.cssSelector("img.second-factor-qr"))).isTrue();
        String secret = browser.text(By.id("totp-secret")).replace(" ", "");
        browser.screenshot("second-factor-1-setup");
        long step = Instant.now().getEpochSecond() / 30;
        browser.type(By.id("confirmation-code"), code(secret, step));
        browser.pressButton("Turn on");
        assertThat(browser.all(By.cssSelector("#recovery-codes li"))).hasSize(10);
        browser.screenshot("second-factor-2-recovery-codes");
        browser.forgetSession();

        browser.open("/login");
        browser.type(By.id("username"), name);
        browser.type(By.id("password"), name);
        browser.pressButton("Sign in");
        assertThat(browser.currentUrl()).endsWith("/sign-in/second-factor");
        browser.screenshot("second-factor-3-code-asked");
        browser.type(By.id("code"), code(secret, step + 1));
        browser.pressButton("Sign in");

        assertThat(browser.currentUrl()).endsWith("/");
        assertThat(browser.text(By.cssSelector("nav strong"))).isEqualTo(name);
        browser.forgetSession();
    }

    private String operatorWhosePasswordIsTheirName() {
        String name = "browser-mfa-" + System.nanoTime();
        jdbc.update(
                "INSERT INTO console_user (username, password_hash, enabled, password_change_required, created_at,"
                        + " updated_at) VALUES (?, ?, TRUE, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                name,
                encoder.encode(name));
        jdbc.update(
                "INSERT INTO user_role (user_id, role) SELECT id, 'OPERATOR' FROM console_user WHERE username = ?",
                name);
        return name;
    }

    /** What the person's authenticator app shows for a time step. */
    private static String code(String secret, long step) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    }
}
