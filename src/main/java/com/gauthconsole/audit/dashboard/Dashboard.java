package com.gauthconsole.audit.dashboard;

import com.gauthconsole.run.RunStatus;
import com.gauthconsole.run.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's numbers for a period, read from what the audit keeps per day: the runs' index ({@code audit_run}
 * by the day each started) and the attempts' daily tallies ({@code audit_day_failure}, {@code audit_day_duration}).
 * Each query reads one range of days, never an event, so a period costs the same however long the history is.
 */
@Service
@Transactional(readOnly = true)
class Dashboard {

    private final JdbcClient jdbc;

    Dashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DashboardData of(DashboardPeriod period) {
        return new DashboardData(period, runsPerDay(period), failures(period), durations(period));
    }

    /** Every day of the period, also those without a run; a run counts on the day (UTC) it started. */
    private List<RunsOnDay> runsPerDay(DashboardPeriod period) {
        Map<LocalDate, Map<RunStatus, Long>> byDay = new HashMap<>();
        inPeriod(
                        "SELECT started_day, status, COUNT(*) AS runs FROM audit_run"
                                + " WHERE started_day >= :first AND started_day <= :last GROUP BY started_day, status",
                        period)
                .query((RowCallbackHandler) row -> byDay.computeIfAbsent(
                                row.getObject("started_day", LocalDate.class), day -> new EnumMap<>(RunStatus.class))
                        .put(RunStatus.valueOf(row.getString("status")), row.getLong("runs")));
        return period.days().stream()
                .map(day -> new RunsOnDay(day, byDay.getOrDefault(day, Map.of())))
                .toList();
    }

    /** Failed and interrupted attempts by step and kind of failure, the most frequent first within a step. */
    private List<FailureCount> failures(DashboardPeriod period) {
        return inPeriod(
                        "SELECT step, failure_kind, SUM(attempts) AS attempts FROM audit_day_failure"
                                + " WHERE on_day >= :first AND on_day <= :last GROUP BY step, failure_kind",
                        period)
                .query((row, number) -> new FailureCount(
                        Step.valueOf(row.getString("step")), row.getString("failure_kind"), row.getLong("attempts")))
                .list()
                .stream()
                .sorted(Comparator.comparing(FailureCount::step)
                        .thenComparing(
                                Comparator.comparingLong(FailureCount::attempts).reversed())
                        .thenComparing(FailureCount::kind))
                .toList();
    }

    /** The attempts that made a call, by target and step, from how many took each (rounded) duration. */
    private List<StepDuration> durations(DashboardPeriod period) {
        Map<List<String>, DurationDistribution> byTargetAndStep = new LinkedHashMap<>();
        inPeriod(
                        "SELECT target_name, step, duration_ms, SUM(attempts) AS attempts FROM audit_day_duration"
                                + " WHERE on_day >= :first AND on_day <= :last GROUP BY target_name, step, duration_ms"
                                + " ORDER BY target_name, step, duration_ms",
                        period)
                .query((RowCallbackHandler) row -> byTargetAndStep
                        .computeIfAbsent(
                                List.of(row.getString("target_name"), row.getString("step")),
                                key -> new DurationDistribution())
                        .add(row.getLong("duration_ms"), row.getLong("attempts")));
        List<StepDuration> durations = new ArrayList<>();
        byTargetAndStep.forEach((key, distribution) -> durations.add(new StepDuration(
                key.get(0),
                Step.valueOf(key.get(1)),
                distribution.attempts(),
                distribution.percentile(0.5),
                distribution.percentile(0.95))));
        durations.sort(Comparator.comparing(StepDuration::target).thenComparing(StepDuration::step));
        return durations;
    }

    private JdbcClient.StatementSpec inPeriod(String sql, DashboardPeriod period) {
        return jdbc.sql(sql).param("first", period.first()).param("last", period.last());
    }
}
