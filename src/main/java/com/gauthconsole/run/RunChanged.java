package com.gauthconsole.run;

/**
 * Published in the transaction that starts, finishes, abandons or moves a run, or gives it its client secret again.
 *
 * @param run the run after the change
 * @param actor who started, abandoned or moved it, or gave the secret; for a finish, who made its last attempt
 * @param detail what the audit should know besides: the run a new run was started from (or nothing), the reason
 *     for an abandonment, both URLs for a move
 */
public record RunChanged(RunSnapshot run, Change change, String actor, String detail) {

    public long runId() {
        return run.id();
    }

    public enum Change {
        STARTED,
        FINISHED,
        ABANDONED,
        /** A lead moved the run to its target's new URL; the detail says from where to where. */
        MOVED,
        /** Someone typed the API client secret again after the run had forgotten it. */
        CLIENT_SECRET_GIVEN_AGAIN
    }
}
