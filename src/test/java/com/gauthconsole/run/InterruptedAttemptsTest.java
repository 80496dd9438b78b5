package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.gauth.RequestPreview;
import com.gauthconsole.run.engine.Actor;
import com.gauthconsole.run.engine.AttemptRecorder;
import com.gauthconsole.run.wizard.StepPage;
import com.gauthconsole.run.wizard.WizardService;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An attempt cut off by a stopped console becomes interrupted, and its step can be re-run. */
class InterruptedAttemptsTest {

    private static final RequestPreview REQUEST =
            new RequestPreview("POST", "http://localhost/gauth-sim/auth/v3/ops/clients", Map.of(), "{}");
    private static final Duration CALL = Duration.ofSeconds(35);

    @Test
    void marksAnAttemptLeftRunningByAStoppedConsoleAsInterruptedAtTheNextStart() {
        String database = TwoConsoles.newDatabase();
        long runId;
        // Several instances: nothing is interrupted at shutdown, as when a process dies without shutting down.
        try (ConfigurableApplicationContext stopped =
                TwoConsoles.start(database, "--console.runs.single-instance=false")) {
            runId = TwoConsoles.startRun(stopped);
            stopped.getBean(AttemptRecorder.class)
                    .begin(
                            runId,
                            Step.CREATE_API_CLIENT,
                            AttemptKind.EXECUTE,
                            TwoConsoles.OPERATOR,
                            "{}",
                            REQUEST,
                            CALL);
        }

        try (ConfigurableApplicationContext restarted = TwoConsoles.start(database)) {
            JdbcClient jdbc = restarted.getBean(JdbcClient.class);
            Map<String, Object> attempt = jdbc.sql("SELECT * FROM step_attempt WHERE run_id = ?")
                    .param(runId)
                    .query()
                    .singleRow();
            assertThat(attempt.get("STATUS")).isEqualTo("INTERRUPTED");
            assertThat((String) attempt.get("FAILURE_REASON")).contains("The console stopped while this attempt");
            assertThat(attempt.get("FINISHED_AT")).isNotNull();
            WizardService wizard = restarted.getBean(WizardService.class);
            assertThat(wizard.overview(runId).facts().status()).isEqualTo(RunStatus.FAILED);
            StepPage forLead = wizard.page(runId, Step.CREATE_API_CLIENT, new Actor("lead", true));
            assertThat(forLead.mayRun()).isTrue();
            assertThat(forLead.mayAdopt()).isTrue();
            assertThat(wizard.page(runId, Step.CREATE_API_CLIENT, TwoConsoles.OPERATOR)
                            .blockedReason())
                    .contains("a team lead must re-run it");
        }
    }

    @Test
    void marksAnAttemptStillRunningAtShutdownAsInterruptedWhenTheConsoleIsAloneOnItsDatabase() {
        String database = TwoConsoles.newDatabase();
        long runId;
        try (ConfigurableApplicationContext closing = TwoConsoles.start(database)) {
            runId = TwoConsoles.startRun(closing);
            closing.getBean(AttemptRecorder.class)
                    .begin(
                            runId,
                            Step.CREATE_API_CLIENT,
                            AttemptKind.EXECUTE,
                            TwoConsoles.OPERATOR,
                            "{}",
                            REQUEST,
                            CALL);
        }

        try (ConfigurableApplicationContext restarted = TwoConsoles.start(database)) {
            assertThat(restarted
                            .getBean(JdbcClient.class)
                            .sql("SELECT failure_reason FROM step_attempt WHERE run_id = ?")
                            .param(runId)
                            .query(String.class)
                            .single())
                    .contains("The console was shut down while this attempt was still running");
        }
    }

    private static String status(JdbcClient jdbc, long attemptId) {
        return jdbc.sql("SELECT status FROM step_attempt WHERE id = ?")
                .param(attemptId)
                .query(String.class)
                .single();
    }
}
