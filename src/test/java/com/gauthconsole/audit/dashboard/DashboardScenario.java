package com.gauthconsole.audit.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.gauthconsole.run.AttemptFinished;
import com.gauthconsole.run.AttemptKind;
import com.gauthconsole.run.AttemptStatus;
import com.gauthconsole.run.FinishedAttempt;
import com.gauthconsole.run.RunChanged;
import com.gauthconsole.run.RunSnapshot;
import com.gauthconsole.run.RunStatus;
import com.gauthconsole.run.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A known set of runs and attempts, recorded through the events the wizard publishes, in 30 days of 2019 that no
 * other test touches, and the exact numbers the dashboard must show for them. Shared by the H2 and PostgreSQL tests.
 */
final class DashboardScenario {

    static final LocalDate LAST_DAY = LocalDate.of(2019, 3, 2);
    static final String EU = "Dashboard EU";
    static final String US = "Dashboard US";

    private static final AtomicLong ATTEMPT_IDS = new AtomicLong(2_000_000_000L);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    DashboardScenario(JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
    }

    /** Runs on both sides of the period's edges, attempts that failed, were interrupted, skipped or too late. */
    void record() {
        RunSnapshot dayBefore = run(EU, "2019-01-31T23:59:59Z", RunStatus.SUCCEEDED);
        RunSnapshot morning = run(EU, "2019-02-10T09:00:00Z", RunStatus.SUCCEEDED);
        RunSnapshot lastSecondOfDay = run(EU, "2019-02-10T23:59:59Z", RunStatus.FAILED);
        RunSnapshot nextDay = run(US, "2019-02-11T00:00:00Z", RunStatus.SUCCEEDED);
        RunSnapshot lastDay = run(US, "2019-03-02T23:59:59Z", RunStatus.ABANDONED);
        RunSnapshot dayAfter = run(US, "2019-03-03T00:00:00Z", RunStatus.FAILED);

        attempt(dayBefore, Step.CREATE_API_CLIENT, "2019-01-31T23:59:59Z", AttemptStatus.FAILED, "TIMED_OUT", 9_000L);
        attempt(morning, Step.CREATE_API_CLIENT, "2019-02-10T09:00:01Z", AttemptStatus.SUCCEEDED, null, 100L);
        attempt(morning, Step.CREATE_API_CLIENT, "2019-02-10T09:00:02Z", AttemptStatus.SUCCEEDED, null, 200L);
        attempt(morning, Step.UPDATE_CORS, "2019-02-10T09:00:03Z", AttemptStatus.SKIPPED, null, null);
        attempt(
                lastSecondOfDay,
                Step.CREATE_API_CLIENT,
                "2019-02-10T23:59:59Z",
                AttemptStatus.FAILED,
                "TIMED_OUT",
                400L);
        attempt(
                lastSecondOfDay,
                Step.CREATE_API_CLIENT,
                "2019-02-11T00:00:30Z",
                AttemptStatus.FAILED,
                "TIMED_OUT",
                300L);
        attempt(
                lastSecondOfDay,
                Step.ADD_CONTACT_CENTER,
                "2019-02-11T00:01:00Z",
                AttemptStatus.FAILED,
                "REJECTED",
                50L);
        attempt(
                lastSecondOfDay,
                Step.ADD_CONTACT_CENTER,
                "2019-02-11T00:02:00Z",
                AttemptStatus.INTERRUPTED,
                null,
                null);
        attempt(nextDay, Step.CREATE_API_CLIENT, "2019-02-11T00:00:01Z", AttemptStatus.SUCCEEDED, null, 10L);
        attempt(dayAfter, Step.CREATE_API_CLIENT, "2019-03-03T00:00:00Z", AttemptStatus.FAILED, "TIMED_OUT", 9_000L);
    }

    /** The numbers for the 30 days up to {@link #LAST_DAY}, exactly. */
    static void assertShownFor(DashboardData data) {
        assertThat(data.period().first()).isEqualTo(LocalDate.of(2019, 2, 1));
        assertThat(data.runsPerDay())
                .hasSize(30)
                .first()
                .extracting(RunsOnDay::day)
                .isEqualTo(data.period().first());
        assertThat(data.runsPerDay())
                .filteredOn(day -> !day.counts().isEmpty())
                .extracting(RunsOnDay::day, RunsOnDay::counts)
                .containsExactly(
                        tuple(LocalDate.of(2019, 2, 10), Map.of(RunStatus.SUCCEEDED, 1L, RunStatus.FAILED, 1L)),
                        tuple(LocalDate.of(2019, 2, 11), Map.of(RunStatus.SUCCEEDED, 1L)),
                        tuple(LocalDate.of(2019, 3, 2), Map.of(RunStatus.ABANDONED, 1L)));
        assertThat(data.failures())
                .containsExactly(
                        new FailureCount(Step.CREATE_API_CLIENT, "TIMED_OUT", 2),
                        new FailureCount(Step.ADD_CONTACT_CENTER, "INTERRUPTED", 1),
                        new FailureCount(Step.ADD_CONTACT_CENTER, "REJECTED", 1));
        // Step 1 on EU: 100, 200, 300, 400 ms. p50 halfway between 200 and 300; p95 at 0.95 × 3 = 2.85 places, 85 %
        // of the way from 300 to 400.
        assertThat(data.durations())
                .containsExactly(
                        new StepDuration(EU, Step.CREATE_API_CLIENT, 4, 250.0, 385.0),
                        new StepDuration(EU, Step.ADD_CONTACT_CENTER, 1, 50.0, 50.0),
                        new StepDuration(US, Step.CREATE_API_CLIENT, 1, 10.0, 10.0));
    }

    /**
     * Takes the database back to where V60 found it (no tallies, no day on the runs' index, the former index of
     * attempts) and migrates it again: the upgrade of a database that recorded its history before the tallies.
     */
    static void upgradeFromBeforeTheDailyTallies(JdbcClient jdbc, Flyway flyway) {
        jdbc.sql("DROP TABLE audit_day_duration").update();
        jdbc.sql("DROP TABLE audit_day_failure").update();
        jdbc.sql("DROP INDEX ix_audit_run_started_day").update();
        jdbc.sql("ALTER TABLE audit_run DROP COLUMN started_day").update();
        jdbc.sql("CREATE TABLE audit_attempt (event_seq BIGINT)").update();
        jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('60', '61')")
                .update();
        flyway.migrate();
    }

    private RunSnapshot run(String target, String startedAt, RunStatus status) {
        Instant started = Instant.parse(startedAt);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO provisioning_run (target_name, target_url, cluster_domain, customer_domain, started_by,"
                        + " started_at, updated_at, status, version)"
                        + " VALUES (?, 'https://gauth.example.com', 'acme.example.com', 'acme.com', 'lead', ?, ?,"
                        + " 'IN_PROGRESS', 0)")
                .params(target, started.atOffset(ZoneOffset.UTC), started.atOffset(ZoneOffset.UTC))
                .update(key, "id");
        RunSnapshot run = new RunSnapshot(
                key.getKey().longValue(),
                target,
                "https://gauth.example.com",
                "acme.example.com",
                "acme.com",
                "lead",
                started,
                started,
                status,
                null,
                null,
                null,
                null,
                null);
        transaction.executeWithoutResult(
                tx -> events.publishEvent(new RunChanged(run, RunChanged.Change.STARTED, "lead", "")));
        return run;
    }

    private void attempt(
            RunSnapshot run, Step step, String startedAt, AttemptStatus status, String failureKind, Long durationMs) {
        Instant started = Instant.parse(startedAt);
        FinishedAttempt attempt = new FinishedAttempt(
                ATTEMPT_IDS.incrementAndGet(),
                step,
                1,
                AttemptKind.EXECUTE,
                status,
                "lead",
                started,
                durationMs == null ? started : started.plusMillis(durationMs),
                null,
                null,
                null,
                "POST",
                "https://gauth.example.com/auth/v3/ops/clients",
                null,
                "{}",
                durationMs == null ? null : 200,
                null,
                "{}",
                durationMs,
                null,
                failureKind,
                failureKind == null ? null : "GAuth said no");
        transaction.executeWithoutResult(tx -> events.publishEvent(new AttemptFinished(attempt, run)));
    }
}
