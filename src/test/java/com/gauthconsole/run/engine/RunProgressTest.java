package com.gauthconsole.run.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.run.AttemptKind;
import com.gauthconsole.run.RecordedRequest;
import com.gauthconsole.run.RunStatus;
import com.gauthconsole.run.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run's state machine on its own: which step may run, for whom, and what the run's status is. */
class RunProgressTest {

    private static final Actor OPERATOR = new Actor("operator", false);
    private static final Actor LEAD = new Actor("lead", true);
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private final List<StepAttempt> attempts = new ArrayList<>();

    @Test
    void stepsRunInOrderAndACompletedStepIsNotRunAgain() {
        succeeded(Step.CREATE_API_CLIENT, AttemptKind.EXECUTE);
        RunProgress progress = new RunProgress(attempts);

        assertThat(progress.whyNot(Step.CREATE_API_CLIENT, LEAD, AttemptKind.EXECUTE))
                .hasValueSatisfying(why -> assertThat(why).contains("already complete"));
        assertThat(progress.whyNot(Step.ADD_ENVIRONMENT, OPERATOR, AttemptKind.EXECUTE))
                .hasValue("Finish step 2 (" + Step.CREATE_TOKEN.title() + ") first.");
        assertThat(progress.whyNot(Step.CREATE_TOKEN, OPERATOR, AttemptKind.EXECUTE))
                .isEmpty();
        assertThat(progress.status()).isEqualTo(RunStatus.IN_PROGRESS);
    }

    @Test
    void aFailedStepIsReRunByALeadOnlyAndHoldsBackTheStepsAfterItForEveryone() {
        succeeded(Step.CREATE_API_CLIENT, AttemptKind.EXECUTE);
        failed(Step.CREATE_TOKEN, AttemptKind.EXECUTE);
        RunProgress progress = new RunProgress(attempts);

        assertThat(progress.whyNot(Step.CREATE_TOKEN, OPERATOR, AttemptKind.EXECUTE))
                .hasValueSatisfying(why -> assertThat(why).contains("a team lead must re-run it"));
        assertThat(progress.whyNot(Step.CREATE_TOKEN, LEAD, AttemptKind.EXECUTE))
                .isEmpty();
        assertThat(progress.whyNot(Step.ADD_ENVIRONMENT, LEAD, AttemptKind.EXECUTE))
                .hasValueSatisfying(why -> assertThat(why).contains("Step 2 failed", "before step 3"));
        assertThat(progress.status()).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void renewingTheTokenAfterAFailedStepTwoIsAReRunThatNeedsALead() {
        succeeded(Step.CREATE_API_CLIENT, AttemptKind.EXECUTE);
        failed(Step.CREATE_TOKEN, AttemptKind.EXECUTE);
        RunProgress progress = new RunProgress(attempts);

        assertThat(progress.whyNot(Step.CREATE_TOKEN, OPERATOR, AttemptKind.TOKEN_RENEWAL))
                .hasValueSatisfying(why -> assertThat(why).contains("a team lead must re-run it"));
        assertThat(progress.whyNot(Step.CREATE_TOKEN, LEAD, AttemptKind.TOKEN_RENEWAL))
                .isEmpty();
    }

    @Test
    void aRenewalAfterARefusedRenewalIsItsFallbackNotAReRun() {
        succeeded(Step.CREATE_API_CLIENT, AttemptKind.EXECUTE);
        succeeded(Step.CREATE_TOKEN, AttemptKind.EXECUTE);
        failed(Step.CREATE_TOKEN, AttemptKind.TOKEN_RENEWAL);
        RunProgress progress = new RunProgress(attempts);

        assertThat(progress.whyNot(Step.CREATE_TOKEN, OPERATOR, AttemptKind.TOKEN_RENEWAL))
                .isEmpty();
        assertThat(progress.whyNot(Step.ADD_ENVIRONMENT, OPERATOR, AttemptKind.EXECUTE))
                .hasValueSatisfying(why -> assertThat(why).contains("Step 2 failed"));
    }

    @Test
    void onlyAFailedOrInterruptedStepCanAdoptAnExistingObject() {
        succeeded(Step.CREATE_API_CLIENT, AttemptKind.EXECUTE);
        RunProgress clean = new RunProgress(attempts);
        StepAttempt cutOff = running(Step.CREATE_TOKEN, AttemptKind.EXECUTE);
        cutOff.interrupt("the console stopped", NOW);
        RunProgress interrupted = new RunProgress(attempts);

        assertThat(clean.whyNot(Step.CREATE_TOKEN, LEAD, AttemptKind.ADOPTION))
                .hasValueSatisfying(why -> assertThat(why).contains("Only a failed or interrupted step"));
        assertThat(interrupted.whyNot(Step.CREATE_TOKEN, LEAD, AttemptKind.ADOPTION))
                .isEmpty();
        assertThat(interrupted.status()).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void aRunWhoseStepsAreAllDoneOrSkippedSucceeded() {
        for (Step step : Step.values()) {
            if (step.optional()) {
                attempts.add(StepAttempt.skipped(1L, step, 1, "operator", NOW));
            } else {
                succeeded(step, AttemptKind.EXECUTE);
            }
        }

        assertThat(new RunProgress(attempts).status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(new RunProgress(attempts).current()).isEmpty();
    }

    private void succeeded(Step step, AttemptKind kind) {
        running(step, kind).succeed(null, "[]", NOW);
    }

    private void failed(Step step, AttemptKind kind) {
        running(step, kind).fail(null, "REJECTED", "GAuth refused it", NOW);
    }

    private StepAttempt running(Step step, AttemptKind kind) {
        StepAttempt attempt =
                StepAttempt.running(1L, step, kind, attempts.size() + 1, "operator", NOW, "{}", RecordedRequest.NONE);
        attempts.add(attempt);
        return attempt;
    }
}
