package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The history list finds runs by ID prefix, user and dates, and status, sorts and pages, and explains bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class HistoryListTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    private AuditFixtures fixtures;
    private String unique;

    @BeforeEach
    void fixtures() {
        fixtures = new AuditFixtures(jdbc, transaction, events);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void findsTheRunOfAContactCenterByTheStartOfItsId() throws Exception {
        String ccid = "cc" + unique + "-4f1e-9a7b";
        long wanted = fixtures.run("op-" + unique, Instant.now(), "SUCCEEDED", "client-x", "env-x", ccid);
        long other = fixtures.run("op-" + unique, Instant.now(), "SUCCEEDED", "client-y", "env-y", "zz" + unique);

        String page = history("?id=cc" + unique);

        assertThat(page).contains(ccid, "/history/runs/" + wanted).doesNotContain("/history/runs/" + other + "\"");
    }

    @Test
    void treatsLikeWildcardsInTheIdAsPlainCharacters() throws Exception {
        fixtures.run("op-" + unique, Instant.now(), "SUCCEEDED", "client-" + unique, null, null);

        assertThat(history("?id=%25" + unique)).contains("No run matches.");
        assertThat(history("?id=client_" + unique)).contains("No run matches.");
        assertThat(history("?id=client-" + unique)).contains("client-" + unique);
    }

    @Test
    void findsTheRunsOfAUserWithinADateRange() throws Exception {
        String user = "op-" + unique;
        long inRange = fixtures.run(user, Instant.parse("2025-03-10T23:59:00Z"), "FAILED", null, null, null);
        long before = fixtures.run(user, Instant.parse("2025-03-08T23:59:00Z"), "FAILED", null, null, null);
        long after = fixtures.run(user, Instant.parse("2025-03-11T00:00:00Z"), "FAILED", null, null, null);
        long someoneElses = fixtures.run(
                "someone-else-" + unique, Instant.parse("2025-03-10T10:00:00Z"), "FAILED", null, null, null);

        String page = history("?user=" + user + "&from=2025-03-09&to=2025-03-10");

        assertThat(page)
                .contains("/history/runs/" + inRange + "\"")
                .doesNotContain(
                        "/history/runs/" + before + "\"",
                        "/history/runs/" + after + "\"",
                        "/history/runs/" + someoneElses + "\"");
    }

    @Test
    void readsTheDatesAsDaysInTheBrowsersTimeZoneWhenItSendsOneAndShowsTimesAsUtcForItsScript() throws Exception {
        String user = "op-" + unique;
        long lateOnTheTenthInUtc =
                fixtures.run(user, Instant.parse("2025-03-10T23:30:00Z"), "FAILED", null, null, null);
        String run = "/history/runs/" + lateOnTheTenthInUtc + "\"";

        assertThat(history("?user=" + user + "&from=2025-03-11&to=2025-03-11&tz=Europe/Berlin"))
                .contains(run, "<time datetime=\"2025-03-10T23:30:00Z\">2025-03-10 23:30 UTC</time>")
                .contains("name=\"tz\" value=\"Europe/Berlin\"");
        assertThat(history("?user=" + user + "&from=2025-03-11&to=2025-03-11")).doesNotContain(run);
        assertThat(history("?user=" + user + "&from=2025-03-10&to=2025-03-10")).contains(run);
    }

    @Test
    void saysSoWhenTheBrowsersTimeZoneIsUnknown() throws Exception {
        assertThat(history("?from=2025-03-11&tz=Mars/Olympus"))
                .contains("The browser&#39;s time zone is not one the console knows");
    }

    @Test
    void findsTheRunsOfACustomerDomain() throws Exception {
        String user = "op-" + unique;
        long wanted = fixtures.run(user, Instant.now(), "SUCCEEDED", null, null, null);
        long other = fixtures.run(user, Instant.now(), "SUCCEEDED", null, null, null);
        jdbc.sql("UPDATE audit_run SET customer_domain = ? WHERE id = ?")
                .params(unique + ".com", wanted)
                .update();

        String page = history("?customer=" + unique + ".com");

        assertThat(page)
                .contains("/history/runs/" + wanted + "\"", "value=\"" + unique + ".com\"")
                .doesNotContain("/history/runs/" + other + "\"");
    }

    @Test
    void offersTheTargetsAndUsersOfTheHistorysRunsAsChoices() throws Exception {
        fixtures.run("op-" + unique, Instant.now(), "SUCCEEDED", null, null, null);

        String page = history("?user=op-" + unique);

        assertThat(page)
                .contains(
                        "<select class=\"form-select\" aria-describedby=\"target-error\" id=\"target\" name=\"target\">",
                        "<option value=\"Built-in simulator\">Built-in simulator</option>",
                        "<option value=\"op-" + unique + "\" selected=\"selected\">op-" + unique + "</option>")
                .doesNotContain("type=\"text\" class=\"form-control\" aria-describedby=\"user-error\"");
    }

    @Test
    void aRunByANewUserMakesThatUserAChoiceAtOnceThoughTheChoicesAreKeptAWhile() throws Exception {
        String before = history("");
        fixtures.run("newcomer-" + unique, Instant.now(), "SUCCEEDED", null, null, null);

        assertThat(before).doesNotContain("newcomer-" + unique);
        assertThat(history("")).contains("<option value=\"newcomer-" + unique + "\">newcomer-" + unique + "</option>");
    }

    @Test
    void keepsAUserTheHistoryDoesNotKnowAsTheChosenOne() throws Exception {
        assertThat(history("?user=nobody-" + unique))
                .contains("<option value=\"nobody-" + unique + "\" selected=\"selected\">")
                .contains("No run matches.");
    }

    @Test
    void findsRunsByStatus() throws Exception {
        String user = "op-" + unique;
        long failed = fixtures.run(user, Instant.now(), "FAILED", null, null, null);
        long succeeded = fixtures.run(user, Instant.now(), "SUCCEEDED", null, null, null);

        String page = history("?user=" + user + "&status=FAILED");

        assertThat(page).contains("/history/runs/" + failed + "\"").doesNotContain("/history/runs/" + succeeded + "\"");
    }

    @Test
    void sortsByAChosenColumnAndPagesKeepingTheFilterInTheAddress() throws Exception {
        String user = "op-" + unique;
        for (int i = 0; i < 30; i++) {
            fixtures.run(
                    user,
                    Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i),
                    "SUCCEEDED",
                    null,
                    null,
                    "cc-%s-%02d".formatted(unique, i));
        }

        String first = history("?user=" + user + "&sort=CONTACT_CENTER_ID&dir=ASC");
        String second = history("?user=" + user + "&sort=CONTACT_CENTER_ID&dir=ASC&page=2");

        assertThat(first)
                .contains("cc-" + unique + "-00", "cc-" + unique + "-24", "Runs 1 to 25")
                .doesNotContain("cc-" + unique + "-25")
                .contains("href=\"/history?user=" + user + "&amp;sort=CONTACT_CENTER_ID&amp;dir=ASC&amp;page=2\"");
        assertThat(second)
                .contains("cc-" + unique + "-25", "cc-" + unique + "-29", "Runs 26 to 30")
                .doesNotContain("cc-" + unique + "-24")
                .doesNotContain("id=\"next-page\"");
        assertThat(first.indexOf("cc-" + unique + "-00")).isLessThan(first.indexOf("cc-" + unique + "-01"));
        String descending = history("?user=" + user + "&sort=CONTACT_CENTER_ID&dir=DESC");
        assertThat(descending.indexOf("cc-" + unique + "-29")).isLessThan(descending.indexOf("cc-" + unique + "-28"));
    }

    @Test
    void refusesASortColumnThatIsNotOnTheList() throws Exception {
        fixtures.run("op-" + unique, Instant.now(), "SUCCEEDED", null, null, null);

        String page = history("?sort=started_at;DROP TABLE provisioning_run");

        assertThat(page).contains("No run matches.", "id=\"sort-error\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM provisioning_run")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void showsAMessageNextToADateThatIsNotADateAndKeepsWhatWasTyped() throws Exception {
        String page = history("?from=2025-13-45&user=kept-" + unique);

        assertThat(page)
                .contains("id=\"from-error\"", "Enter a date as yyyy-mm-dd")
                .contains("value=\"kept-" + unique + "\"")
                .contains("No run matches.");
    }

    @Test
    void showsAMessageWhenTheEndDateIsBeforeTheStartDate() throws Exception {
        assertThat(history("?from=2025-03-10&to=2025-03-01"))
                .contains("id=\"to-error\"", "The end date must not be before the start date");
    }

    private String history(String query) throws Exception {
        return mvc.perform(get("/history" + query).with(user("auditor").roles("AUDITOR")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
