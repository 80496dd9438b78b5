package com.gauthconsole.bulk;

/** Where one row of a bulk job stands. */
public enum RowState {
    PENDING,
    RUNNING,
    SUCCEEDED,
    /** Its run stopped at a failed step (the run shows which and why) or could not start. */
    FAILED,
    /** The console running the job stopped before the row ended; its run, if any, shows how far it got. */
    INTERRUPTED;

    boolean ended() {
        return this == SUCCEEDED || this == FAILED || this == INTERRUPTED;
    }
}
