package com.gauthconsole.run;

public enum RunStatus {
    IN_PROGRESS,
    /** The latest attempt of some step failed or was interrupted: somebody has to look at it. */
    FAILED,
    SUCCEEDED,
    /** A lead closed the run unfinished, with a reason; its kept secrets are gone and no step runs any more. */
    ABANDONED;

    /** Whether steps may still run: neither finished nor closed. */
    public boolean open() {
        return this != SUCCEEDED && this != ABANDONED;
    }
}
