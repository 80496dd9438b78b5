package com.gauthconsole.run;

/**
 * Published in the transaction that writes an attempt's final state (succeeded, failed, skipped, interrupted, a late
 * answer), so that the audit records it together with that state or not at all.
 *
 * @param run the run after the attempt settled it
 */
public record AttemptFinished(FinishedAttempt attempt, RunSnapshot run) {}
