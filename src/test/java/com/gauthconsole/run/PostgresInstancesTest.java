package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.ConsoleSession;
import com.gauthconsole.testing.GauthSimulatorClient;
import com.gauthconsole.testing.WizardDriver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production shape: PostgreSQL (real binaries, no system install), and two console instances sharing it
 * behind no sticky sessions.
 */
class PostgresInstancesTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void signsInOnOneInstanceAndContinuesTheWizardOnTheOtherUntilTheRunSucceeds() throws Exception {
        try (ConfigurableApplicationContext first = startOnPostgres();
                ConfigurableApplicationContext second = startOnPostgres(simulatorOf(first))) {
            ConsoleSession onFirst = new ConsoleSession("http://localhost:" + DoubleExecutionTest.port(first));
            onFirst.signIn("operator", "operator");
            ConsoleSession onSecond = onFirst.at("http://localhost:" + DoubleExecutionTest.port(second));
            String unique = "pg" + UUID.randomUUID().toString().substring(0, 8);

            WizardDriver viaFirst = new WizardDriver(onFirst);
            WizardDriver viaSecond = new WizardDriver(onSecond);
            long run = viaSecond.start(unique + ".example.com", unique + ".com", WizardDriver.TARGET);
            Map<Step, Map<String, List<String>>> forms = WizardDriver.formsFor(unique);
            for (Step step : Step.values()) {
                WizardDriver instance = step.ordinal() % 2 == 0 ? viaFirst : viaSecond;
                assertThat(instance.executes(run, step, forms.get(step)))
                        .as(step.name())
                        .isTrue();
            }

            assertThat(viaFirst.succeeded(run)).isTrue();
            assertThat(viaSecond.succeeded(run)).isTrue();
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'operator'")
                            .query(Long.class)
                            .single())
                    .isPositive();
        }
    }

    @Test
    void runsAStepOnceWhenBothInstancesAreAskedAtTheSameMoment() throws Exception {
        try (ConfigurableApplicationContext first = startOnPostgres();
                ConfigurableApplicationContext second = startOnPostgres(simulatorOf(first))) {
            long runId = TwoConsoles.startRun(first);
            TwoConsoles.runToStepFive(first, runId);
            GauthSimulatorClient gauth = new GauthSimulatorClient(DoubleExecutionTest.port(first));
            gauth.inject("{\"call\": \"ADD_DATA_CENTER\", \"delay\": \"PT0.5S\", \"times\": 1}");

            List<String> outcomes = TwoConsoles.raceStepFive(first, second, runId);

            DoubleExecutionTest.assertOneExecuted(first, runId, outcomes);
        }
    }

    @Test
    void countsFailedSignInsOnceForAllInstances() throws Exception {
        try (ConfigurableApplicationContext first = startOnPostgres();
                ConfigurableApplicationContext second = startOnPostgres()) {
            ConsoleSession onFirst = new ConsoleSession("http://localhost:" + DoubleExecutionTest.port(first));
            ConsoleSession onSecond = new ConsoleSession("http://localhost:" + DoubleExecutionTest.port(second));
            for (int attempt = 1; attempt <= 5; attempt++) {
                ConsoleSession instance = attempt % 2 == 0 ? onFirst : onSecond;
                assertThat(instance.trySignIn("lead", "wrong-" + attempt)).endsWith("/login?error");
            }

            assertThat(onFirst.trySignIn("lead", "lead")).endsWith("/login?locked");
            assertThat(onSecond.trySignIn("lead", "lead")).endsWith("/login?locked");
        }
    }

    private static ConfigurableApplicationContext startOnPostgres(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--console.runs.single-instance=false"));
        args.addAll(List.of(more));
        return TwoConsoles.start(postgres.getJdbcUrl("postgres", "postgres"), args.toArray(String[]::new));
    }

    private static String[] simulatorOf(ConfigurableApplicationContext console) {
        return new String[] {
            "--console.targets[0].name=Built-in simulator",
            "--console.targets[0].base-url=http://localhost:" + DoubleExecutionTest.port(console) + "/gauth-sim",
            "--console.targets[0].ops-username=ops",
            "--console.targets[0].ops-password=ops"
        };
    }
}
