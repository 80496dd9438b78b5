package com.gauthconsole.audit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the dashboard's daily tallies ({@code audit_day_duration} and {@code audit_day_failure}, V60): every attempt
 * the audit records counts on the day (UTC) it started, its call's duration by target and step, its failure by step
 * and kind. The record is the event log; the tallies only let the dashboard read 30 days as a few hundred rows.
 *
 * <p>Written in the transaction of the attempt's event, after that event took the head of the log, so writers take
 * turns: a row's update either finds it or is followed by its only insert.
 */
@Component
class DailyTallies {

    private static final MathContext TWO_SIGNIFICANT_DIGITS = new MathContext(2, RoundingMode.HALF_UP);

    private final JdbcClient jdbc;

    DailyTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void count(IndexedAttempt attempt) {
        add(jdbc, List.of(attempt));
    }

    /** Counts the attempts into the tallies, changing each row once however many of them it counts. */
    static void add(JdbcClient jdbc, List<IndexedAttempt> attempts) {
        Map<List<Object>, Long> durations = new HashMap<>();
        Map<List<Object>, Long> failures = new HashMap<>();
        for (IndexedAttempt attempt : attempts) {
            LocalDate day = LocalDate.ofInstant(attempt.startedAt(), ZoneOffset.UTC);
            if (attempt.durationMs() != null) {
                durations.merge(
                        List.of(day, attempt.targetName(), attempt.step(), rounded(attempt.durationMs())),
                        1L,
                        Long::sum);
            }
            if (attempt.failureKind() != null) {
                failures.merge(List.of(day, attempt.step(), attempt.failureKind()), 1L, Long::sum);
            }
        }
        durations.forEach((key, count) -> Tally.DURATIONS.add(jdbc, key, count));
        failures.forEach((key, count) -> Tally.FAILURES.add(jdbc, key, count));
    }

    /** A duration to two significant digits: exact below 100 ms, to 10 ms below a second, to 100 ms below 10 s. */
    static long rounded(long durationMs) {
        return BigDecimal.valueOf(durationMs).round(TWO_SIGNIFICANT_DIGITS).longValue();
    }

    private enum Tally {
        DURATIONS("audit_day_duration", "on_day", "target_name", "step", "duration_ms"),
        FAILURES("audit_day_failure", "on_day", "step", "failure_kind");

        private final String update;
        private final String insert;

        Tally(String table, String... key) {
            this.update = "UPDATE " + table + " SET attempts = attempts + ? WHERE "
                    + Arrays.stream(key).map(column -> column + " = ?").collect(Collectors.joining(" AND "));
            this.insert = "INSERT INTO " + table + " (" + String.join(", ", key) + ", attempts) VALUES ("
                    + "?, ".repeat(key.length) + "?)";
        }

        void add(JdbcClient jdbc, List<Object> key, long attempts) {
            List<Object> updated = new ArrayList<>();
            updated.add(attempts);
            updated.addAll(key);
            if (jdbc.sql(update).params(updated).update() == 0) {
                List<Object> inserted = new ArrayList<>(key);
                inserted.add(attempts);
                jdbc.sql(insert).params(inserted).update();
            }
        }
    }
}
