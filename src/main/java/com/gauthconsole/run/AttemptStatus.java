package com.gauthconsole.run;

public enum AttemptStatus {
    /** Stored before the call goes out; stays so only if the process died during the call. */
    RUNNING,
    SUCCEEDED,
    FAILED,
    /** Was running when the process stopped; may or may not have reached GAuth. */
    INTERRUPTED,
    /** An optional step the operator chose not to run. */
    SKIPPED;

    public boolean completesStep() {
        return this == SUCCEEDED || this == SKIPPED;
    }

    public boolean needsAttention() {
        return this == FAILED || this == INTERRUPTED;
    }
}
