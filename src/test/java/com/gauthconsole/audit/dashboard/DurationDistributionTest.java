package com.gauthconsole.audit.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class DurationDistributionTest {

    @Test
    void interpolatesBetweenTheTwoNearestAttemptsAsPercentileContDoes() {
        DurationDistribution distribution = new DurationDistribution();
        distribution.add(100, 1);
        distribution.add(200, 1);
        distribution.add(300, 1);
        distribution.add(400, 1);

        assertThat(distribution.attempts()).isEqualTo(4);
        assertThat(distribution.percentile(0.5)).isEqualTo(250.0);
        assertThat(distribution.percentile(0.95)).isEqualTo(385.0);
    }

    @Test
    void countsEveryAttemptOfADurationAsItsOwnPlaceInTheOrder() {
        DurationDistribution distribution = new DurationDistribution();
        distribution.add(10, 3);
        distribution.add(20, 1);

        // In order: 10, 10, 10, 20. The median lies between the second and the third; p95 85 % of the way from the
        // third to the fourth.
        assertThat(distribution.percentile(0.5)).isEqualTo(10.0);
        assertThat(distribution.percentile(0.95)).isCloseTo(18.5, offset(1e-9));
    }

    @Test
    void aSingleAttemptIsEveryPercentile() {
        DurationDistribution distribution = new DurationDistribution();
        distribution.add(42, 1);

        assertThat(distribution.percentile(0.5)).isEqualTo(42.0);
        assertThat(distribution.percentile(0.95)).isEqualTo(42.0);
    }
}
