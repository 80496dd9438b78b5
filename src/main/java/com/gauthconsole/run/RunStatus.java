package com.gauthconsole.run;

public enum RunStatus {
    IN_PROGRESS,
    /** The latest attempt of some step failed or was interrupted: somebody has to look at it. */
    FAILED,
    SUCCEEDED
}
