package com.gauthconsole.bulk;

/** Where a bulk job stands. */
public enum JobStatus {
    /** Checked and kept, waiting for its uploader to start it (or to drop it). */
    PREVIEWED,
    RUNNING,
    /** Every row has ended, each as succeeded or failed. */
    FINISHED,
    /** The console running it stopped: rows it had not finished ended as interrupted. */
    INTERRUPTED
}
