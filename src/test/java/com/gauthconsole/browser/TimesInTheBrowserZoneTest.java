package com.gauthconsole.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.run.RunChanged;
import com.gauthconsole.run.RunSnapshot;
import com.gauthconsole.run.RunStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times in a browser that lives in India (UTC+05:30, no summer time): a run started at 22:30 UTC on 1 March shows as
 * 04:00 on 2 March, UTC stays on hover and in the page without scripts, and the history's date filter finds the run
 * by the day the browser shows, not by its UTC day.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimesInTheBrowserZoneTest {

    private static final Instant STARTED = Instant.parse("2026-03-01T22:30:00Z");
    private static final By RUN_TIME = By.cssSelector("#history tbody tr time");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    private ConsoleBrowser browser;
    private final String customer = "tz-" + UUID.randomUUID().toString().substring(0, 8) + ".com";

    @BeforeAll
    void openBrowserInIndia() throws Exception {
        recordRunStartedAt(STARTED);
        browser = ConsoleBrowser.open("http://localhost:" + port, Path.of("target", "screenshots"));
        browser.timeZone("Asia/Kolkata");
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void showsTimesInTheBrowsersZoneKeepsUtcOnHoverAndFiltersByTheDayShown() throws Exception {
        browser.signIn("auditor");
        browser.follow(By.linkText("History"));
        browser.type(By.id("customer"), customer);
        browser.pressButton("Filter");

        assertThat(browser.text(RUN_TIME)).startsWith("2026-03-02 04:00");
        assertThat(browser.attribute(RUN_TIME, "title")).isEqualTo("2026-03-01 22:30 UTC");
        String withoutScripts = browser.fetchWithSession(browser.currentUrl()).body();
        assertThat(withoutScripts).contains(">2026-03-01 22:30 UTC</time>");

        filterByDay(LocalDate.of(2026, 3, 2));
        assertThat(browser.all(By.cssSelector("#history tbody tr")))
                .as("the run, on the day the browser shows it")
                .hasSize(1);
        // Chromium's time-zone data still calls the zone by its older name.
        assertThat(browser.value(By.id("tz"))).isIn("Asia/Kolkata", "Asia/Calcutta");
        browser.screenshot("auditor-6-history-in-the-browsers-time-zone");

        filterByDay(LocalDate.of(2026, 3, 1));
        assertThat(browser.text(By.cssSelector("#history caption"))).isEqualTo("No run matches.");
        browser.signOut();
    }

    private void filterByDay(LocalDate day) {
        browser.typeDay(By.id("from"), day);
        browser.typeDay(By.id("to"), day);
        assertThat(browser.value(By.id("from"))).isEqualTo(day.toString());
        browser.pressButton("Filter");
    }

    /** A run as the wizard's events put it into the history, started at a moment of the test's choosing. */
    private void recordRunStartedAt(Instant started) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO provisioning_run (target_name, target_url, cluster_domain, customer_domain, started_by,"
                        + " started_at, updated_at, status, version) VALUES ('Built-in simulator',"
                        + " 'http://localhost/gauth-sim', 'tz.example.com', ?, 'operator', ?, ?, 'IN_PROGRESS', 0)")
                .params(customer, started.atOffset(ZoneOffset.UTC), started.atOffset(ZoneOffset.UTC))
                .update(key, "id");
        RunSnapshot run = new RunSnapshot(
                key.getKey().longValue(),
                "Built-in simulator",
                "http://localhost/gauth-sim",
                "tz.example.com",
                customer,
                "operator",
                started,
                started,
                RunStatus.IN_PROGRESS,
                null,
                null,
                null,
                null,
                null);
        transaction.executeWithoutResult(
                tx -> events.publishEvent(new RunChanged(run, RunChanged.Change.STARTED, "operator", "")));
    }
}
