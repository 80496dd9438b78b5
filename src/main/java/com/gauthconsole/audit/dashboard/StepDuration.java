package com.gauthconsole.audit.dashboard;

import com.gauthconsole.run.Step;

/**
 * How long a step's calls to one target took: the median and the 95th percentile of the attempts that made a call,
 * from their durations rounded to two significant digits (exact below 100 ms), interpolated between the two nearest
 * attempts as SQL's {@code PERCENTILE_CONT} does.
 */
public record StepDuration(String target, Step step, long attempts, double p50Ms, double p95Ms) {}
