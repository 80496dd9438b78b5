package com.gauthconsole.run.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.run.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the stepper and the run's badge make of a step's state, written out state by state. */
class StepStateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // state,     done,  skipped, needs attention, active
        "DONE,        true,  false,   false,           false",
        "SKIPPED,     false, true,    false,           false",
        "FAILED,      false, false,   true,            false",
        "INTERRUPTED, false, false,   true,            false",
        "RUNNING,     false, false,   false,           true",
        "CURRENT,     false, false,   false,           true",
        "PENDING,     false, false,   false,           false"
    })
    void eachStateShowsAsTheStepperDrawsIt(
            StepState.State state, boolean done, boolean skipped, boolean needsAttention, boolean active) {
        StepState step = new StepState(Step.ADD_ENVIRONMENT, state);

        assertThat(step.done()).isEqualTo(done);
        assertThat(step.skipped()).isEqualTo(skipped);
        assertThat(step.needsAttention()).isEqualTo(needsAttention);
        assertThat(step.active()).isEqualTo(active);
    }
}
