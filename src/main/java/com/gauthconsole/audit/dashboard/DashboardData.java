package com.gauthconsole.audit.dashboard;

import com.gauthconsole.run.RunStatus;
import java.util.List;

/** What the dashboard shows for a period: every day with its runs by outcome, the failures, the durations. */
public record DashboardData(
        DashboardPeriod period, List<RunsOnDay> runsPerDay, List<FailureCount> failures, List<StepDuration> durations) {

    /** The outcomes in the order the dashboard shows them. */
    public static final List<RunStatus> OUTCOMES =
            List.of(RunStatus.SUCCEEDED, RunStatus.FAILED, RunStatus.IN_PROGRESS, RunStatus.ABANDONED);
}
