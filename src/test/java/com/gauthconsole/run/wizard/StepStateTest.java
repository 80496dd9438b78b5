package com.gauthconsole.run.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.run.Step;
import org.junit.jupiter.api.Test;

/** What the stepper and the run's badge make of a step's and a run's state, decided once in their view models. */
class StepStateTest {

    @Test
    void aFailedOrInterruptedStepNeedsAttentionAndTheCurrentOrRunningOneIsActive() {
        for (StepState.State state : StepState.State.values()) {
            StepState step = new StepState(Step.ADD_ENVIRONMENT, state);

            assertThat(step.needsAttention())
                    .as(state.name())
                    .isEqualTo(state == StepState.State.FAILED || state == StepState.State.INTERRUPTED);
            assertThat(step.active())
                    .as(state.name())
                    .isEqualTo(state == StepState.State.CURRENT || state == StepState.State.RUNNING);
            assertThat(step.done()).as(state.name()).isEqualTo(state == StepState.State.DONE);
            assertThat(step.skipped()).as(state.name()).isEqualTo(state == StepState.State.SKIPPED);
        }
    }
}
