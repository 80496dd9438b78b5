package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DailyTalliesTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "7, 7", "99, 99", "100, 100", "104, 100", "105, 110", "996, 1000", "1234, 1200", "29999, 30000"
    })
    void keepsADurationToTwoSignificantDigits(long durationMs, long kept) {
        assertThat(DailyTallies.rounded(durationMs)).isEqualTo(kept);
    }
}
