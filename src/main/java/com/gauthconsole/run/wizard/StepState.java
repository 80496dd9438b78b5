package com.gauthconsole.run.wizard;

import com.gauthconsole.run.Step;

/** A step as the stepper shows it: where it stands, from its latest attempt. */
public record StepState(Step step, State state) {

    public boolean done() {
        return state == State.DONE;
    }

    public boolean skipped() {
        return state == State.SKIPPED;
    }

    /** Failed or interrupted: a lead must re-run, adopt or skip it. */
    public boolean needsAttention() {
        return state == State.FAILED || state == State.INTERRUPTED;
    }

    /** The step to do now, or the one running now. */
    public boolean active() {
        return state == State.CURRENT || state == State.RUNNING;
    }

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
