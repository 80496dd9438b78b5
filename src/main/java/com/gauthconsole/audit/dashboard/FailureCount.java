package com.gauthconsole.audit.dashboard;

import com.gauthconsole.run.Step;

/**
 * How many attempts of a step failed with one kind of failure.
 *
 * @param kind the failure's kind ({@code TIMED_OUT}, {@code REJECTED}, …), or {@code INTERRUPTED}
 */
public record FailureCount(Step step, String kind, long attempts) {}
