package com.gauthconsole.audit.dashboard;

import com.gauthconsole.run.RunStatus;
import java.time.LocalDate;
import java.util.Map;

/** How many of the runs started on a day (UTC) stand at each outcome now. */
public record RunsOnDay(LocalDate day, Map<RunStatus, Long> counts) {

    public long count(RunStatus outcome) {
        return counts.getOrDefault(outcome, 0L);
    }
}
