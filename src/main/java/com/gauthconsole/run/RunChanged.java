package com.gauthconsole.run;

/**
 * Published in the transaction that starts, finishes or abandons a run.
 *
 * @param actor who started or abandoned it; for a finish, who made its last attempt
 * @param detail what the audit should know besides: the target for a start, the reason for an abandonment
 */
public record RunChanged(long runId, Change change, String actor, String detail) {

    public enum Change {
        STARTED,
        FINISHED,
        ABANDONED
    }
}
