package com.gauthconsole.audit.dashboard;

import com.gauthconsole.run.AttemptStatus;
import com.gauthconsole.run.RunStatus;
import com.gauthconsole.run.Step;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's numbers for a period, read from the audit's indexes of runs ({@code audit_run}) and attempts
 * ({@code audit_attempt}) with three queries that each read one range of an index, never an event's details.
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

    /**
     * Every day of the period, also those without a run; a run counts on the day (UTC) it started. The period's runs
     * are read from the index on their start and counted here: a day computed in SQL costs more than the reading
     * (H2 does the epoch arithmetic in decimals, 60 ms for 14,000 runs), and the two databases name days in their
     * session's zone.
     */
    private List<RunsOnDay> runsPerDay(DashboardPeriod period) {
        Map<LocalDate, Map<RunStatus, Long>> byDay = new HashMap<>();
        jdbc.sql("SELECT started_at, status FROM audit_run WHERE started_at >= :start AND started_at < :end")
                .param("start", period.start())
                .param("end", period.end())
                .query(row -> {
                    LocalDate day = row.getObject("started_at", OffsetDateTime.class)
                            .withOffsetSameInstant(ZoneOffset.UTC)
                            .toLocalDate();
                    byDay.computeIfAbsent(day, started -> new EnumMap<>(RunStatus.class))
                            .merge(RunStatus.valueOf(row.getString("status")), 1L, Long::sum);
                });
        return period.days().stream()
                .map(day -> new RunsOnDay(day, byDay.getOrDefault(day, Map.of())))
                .toList();
    }

    /**
     * Failed and interrupted attempts by step and kind of failure. One range of the status index per status, joined
     * with UNION ALL: an IN list would make the database read every failure ever recorded for the period's few.
     */
    private List<FailureCount> failures(DashboardPeriod period) {
        String perStatus = Arrays.stream(AttemptStatus.values())
                .filter(AttemptStatus::needsAttention)
                .map(status -> "SELECT step, failure_kind FROM audit_attempt WHERE status = '" + status.name()
                        + "' AND started_at >= :start AND started_at < :end")
                .collect(Collectors.joining(" UNION ALL "));
        return jdbc
                .sql("SELECT step, failure_kind, COUNT(*) AS attempts FROM (" + perStatus + ") f"
                        + " GROUP BY step, failure_kind")
                .param("start", period.start())
                .param("end", period.end())
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

    /** The attempts that made a call (those with a duration), by target and step. */
    private List<StepDuration> durations(DashboardPeriod period) {
        return jdbc
                .sql("SELECT target_name, step, COUNT(*) AS attempts,"
                        + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY duration_ms) AS p50,"
                        + " PERCENTILE_CONT(0.95) WITHIN GROUP (ORDER BY duration_ms) AS p95"
                        + " FROM audit_attempt WHERE started_at >= :start AND started_at < :end"
                        + " AND duration_ms IS NOT NULL GROUP BY target_name, step")
                .param("start", period.start())
                .param("end", period.end())
                .query((row, number) -> new StepDuration(
                        row.getString("target_name"),
                        Step.valueOf(row.getString("step")),
                        row.getLong("attempts"),
                        row.getDouble("p50"),
                        row.getDouble("p95")))
                .list()
                .stream()
                .sorted(Comparator.comparing(StepDuration::target).thenComparing(StepDuration::step))
                .toList();
    }
}
