package com.gauthconsole.run;

/**
 * A step as the stepper shows it.
 *
 * @param latest the step's latest attempt, or null when it has none
 */
public record StepState(Step step, State state, AttemptView latest) {

    public enum State {
        DONE,
        SKIPPED,
        FAILED,
        INTERRUPTED,
        RUNNING,
        CURRENT,
        PENDING
    }
}
