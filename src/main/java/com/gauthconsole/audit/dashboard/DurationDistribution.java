package com.gauthconsole.audit.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * How many attempts took each duration, added in ascending order of duration, and its percentiles interpolated
 * between the two nearest attempts as SQL's {@code PERCENTILE_CONT} does.
 */
final class DurationDistribution {

    private final List<Long> durations = new ArrayList<>();
    private final List<Long> atOrBelow = new ArrayList<>();
    private long attempts;

    /** Adds the attempts that took {@code durationMs}, longer than any added before. */
    void add(long durationMs, long count) {
        attempts += count;
        durations.add(durationMs);
        atOrBelow.add(attempts);
    }

    long attempts() {
        return attempts;
    }

    /** The duration below which {@code fraction} of the attempts lie; the distribution holds at least one. */
    double percentile(double fraction) {
        double position = fraction * (attempts - 1);
        long below = (long) Math.floor(position);
        double lower = durationOfAttempt(below);
        double upper = durationOfAttempt(Math.min(below + 1, attempts - 1));
        return lower + (position - below) * (upper - lower);
    }

    /** The duration of the attempt at {@code index} (from 0) in ascending order. */
    private long durationOfAttempt(long index) {
        int bucket = 0;
        while (atOrBelow.get(bucket) <= index) {
            bucket++;
        }
        return durations.get(bucket);
    }
}
