package com.gauthconsole.run;

/**
 * Published in the transaction that writes an attempt's final state (succeeded, failed, skipped, interrupted, a late
 * answer), so that the audit seals it together with that state or not at all.
 */
public record AttemptFinished(long attemptId, long runId) {}
