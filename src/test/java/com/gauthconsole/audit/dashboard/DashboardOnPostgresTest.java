package com.gauthconsole.audit.dashboard;

import com.gauthconsole.GauthConsoleApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's numbers on PostgreSQL, where days and timestamps go through another database's functions, and
 * where the upgrade to the daily tallies computes each run's day in SQL: the same scenario as on H2 must give the same numbers.
 */
class DashboardOnPostgresTest {

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext console;

    @BeforeAll
    static void startOnPostgresAndRecordTheScenario() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        console = new SpringApplicationBuilder(GauthConsoleApplication.class)
                .run(
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--server.port=0",
                        "--spring.main.banner-mode=off");
        new DashboardScenario(console.getBean(JdbcClient.class), console.getBean(TransactionTemplate.class), console)
                .record();
    }

    @AfterAll
    static void stop() throws Exception {
        console.close();
        postgres.close();
    }

    @Test
    void countsRunsPerDayByOutcomeFailuresByStepAndKindAndTimesEachTargetsSteps() {
        DashboardScenario.assertShownFor(
                console.getBean(Dashboard.class).of(DashboardPeriod.endingOn(DashboardScenario.LAST_DAY)));
    }

    @Test
    void countsTheSameAfterTheUpgradeThatCountsTheLogIntoTheDailyTallies() {
        DashboardScenario.upgradeFromBeforeTheDailyTallies(
                console.getBean(JdbcClient.class), console.getBean(Flyway.class));

        DashboardScenario.assertShownFor(
                console.getBean(Dashboard.class).of(DashboardPeriod.endingOn(DashboardScenario.LAST_DAY)));
    }
}
