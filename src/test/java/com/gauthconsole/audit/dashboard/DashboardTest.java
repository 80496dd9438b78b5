package com.gauthconsole.audit.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The dashboard's numbers on H2, from attempts recorded as the wizard records them, and the page that shows them. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Dashboard dashboard;

    @BeforeAll
    void recordTheScenario(
            @Autowired JdbcClient jdbc,
            @Autowired TransactionTemplate transaction,
            @Autowired ApplicationEventPublisher events) {
        new DashboardScenario(jdbc, transaction, events).record();
    }

    @Test
    void countsRunsPerDayByOutcomeFailuresByStepAndKindAndTimesEachTargetsSteps() {
        DashboardScenario.assertShownFor(dashboard.of(DashboardPeriod.endingOn(DashboardScenario.LAST_DAY)));
    }

    @Test
    void countsTheSameAfterTheUpgradeThatCountsTheLogIntoTheDailyTallies(
            @Autowired JdbcClient jdbc, @Autowired Flyway flyway) {
        DashboardScenario.upgradeFromBeforeTheDailyTallies(jdbc, flyway);

        DashboardScenario.assertShownFor(dashboard.of(DashboardPeriod.endingOn(DashboardScenario.LAST_DAY)));
    }

    @Test
    void showsEachChartsNumbersInTheTableBesideIt() throws Exception {
        String page = mvc.perform(get("/history/dashboard?last=" + DashboardScenario.LAST_DAY)
                        .with(user("lead").roles("LEAD")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("<strong>2019-02-01</strong> to <strong>2019-03-02</strong>")
                .contains("id=\"runs-table\"", "id=\"failures-table\"", "id=\"durations-table\"")
                .contains("data-label=\"1 Create API client · TIMED_OUT\"")
                .contains("data-label=\"Dashboard EU · 1 Create API client\"")
                .contains("data-value=\"385.0\"", ">385.0</td>")
                .contains("data-chart-table=\"durations-table\"", "/webjars/chart.js/dist/chart.umd.js");
    }

    @Test
    void saysWhatIsWrongWithADayItCannotReadAndShowsTheLast30Days() throws Exception {
        String page = mvc.perform(get("/history/dashboard?last=2.3.2019")
                        .with(user("auditor").roles("AUDITOR")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Enter a date as yyyy-mm-dd", "aria-describedby=\"last-help last-error\"");
    }

    @Test
    void aDayNoQueryCouldAskAboutIsRefusedAtItsFieldNotAnError() throws Exception {
        for (String day : List.of("+999999999-12-31", "-999999999-01-01", "+300000-01-01", "1999-12-31")) {
            String page = mvc.perform(get("/history/dashboard")
                            .param("last", day)
                            .with(user("auditor").roles("AUDITOR")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(page).as(day).contains("Choose a day between 2000-01-01 and 2999-12-31.");
        }
    }
}
