package com.gauthconsole.run;

/** A step as the stepper shows it: where it stands, from its latest attempt. */
public record StepState(Step step, State state) {

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
