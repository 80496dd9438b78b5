package com.gauthconsole.browser;

import static org.assertj.core.api.Assertions.assertThat;

import idp.TestIdentityProvider;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * People of the company sign in through its OpenID provider in a real browser (headless Chromium): the console's
 * button, the provider's own login form (a separate application on its own port, issuing real ID tokens with the
 * people's groups), and back to the console with the role their group gives, or a page saying why not.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompanySignInInTheBrowserTest {

    private static final TestIdentityProvider.Running provider = TestIdentityProvider.shared();

    @DynamicPropertySource
    static void companyProvider(DynamicPropertyRegistry registry) {
        provider.consoleProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @LocalServerPort
    int port;

    private ConsoleBrowser browser;

    @BeforeAll
    void openBrowser() throws Exception {
        // The provider accepts any port of the loopback address as the console's redirect address (RFC 8252).
        browser = ConsoleBrowser.open("http://127.0.0.1:" + port, Path.of("target", "screenshots"));
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @AfterEach
    void signedOut() {
        browser.forgetSession();
    }

    @Test
    void anAdministratorOfTheCompanySignsInThroughItsProviderSeesTheirSessionAndSignsOut() throws Exception {
        browser.open("/login");
        assertThat(browser.text(By.id("sign-in-company"))).isEqualTo("Sign in with Test Company");
        browser.screenshot("company-1-login-with-provider");

        browser.signInThroughProvider(TestIdentityProvider.REGISTRATION_ID, "ada", TestIdentityProvider.PASSWORD);

        assertThat(browser.text(By.cssSelector("nav strong"))).isEqualTo("ada");
        assertThat(browser.has(By.linkText("Users")))
                .as("the ADMIN role of the group")
                .isTrue();
        browser.follow(By.linkText("Your sessions"));
        assertThat(browser.text(By.id("sessions"))).contains("this session", "127.0.0.1", "Chrome");
        browser.screenshot("company-2-your-sessions");
        browser.signOut();
    }

    @Test
    void someoneWhoseGroupsGiveNoRoleIsToldWhyAndNotSignedIn() throws Exception {
        browser.signInThroughProvider(TestIdentityProvider.REGISTRATION_ID, "nora", TestIdentityProvider.PASSWORD);

        assertThat(browser.currentUrl()).endsWith("/login?no-role");
        assertThat(browser.text(By.id("login-no-role"))).contains("none of your groups gives you a role");
        assertThat(browser.has(By.cssSelector("nav strong")))
                .as("not signed in")
                .isFalse();
        browser.screenshot("company-3-no-role");
    }
}
