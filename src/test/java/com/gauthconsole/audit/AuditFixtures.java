package com.gauthconsole.audit;

import com.gauthconsole.run.AttemptFinished;
import com.gauthconsole.run.AttemptKind;
import com.gauthconsole.run.AttemptStatus;
import com.gauthconsole.run.FinishedAttempt;
import com.gauthconsole.run.RunChanged;
import com.gauthconsole.run.RunSnapshot;
import com.gauthconsole.run.RunStatus;
import com.gauthconsole.run.Step;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records runs and finished attempts through the events the wizard publishes, so that the audit writes them as it
 * writes the wizard's. Each run's number is taken from the run table, so it cannot meet a run the wizard starts.
 */
final class AuditFixtures {

    static final String REQUEST_HEADERS =
            "{\"Authorization\":[\"[REDACTED hmac:0123456789ab]\"],\"Content-Type\":[\"application/json\"]}";

    private static final AtomicLong ATTEMPT_IDS = new AtomicLong(1_000_000_000L);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Map<Long, RunSnapshot> runs = new HashMap<>();
    private final Map<Long, Integer> attemptNumbers = new HashMap<>();

    AuditFixtures(JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
    }

    long run(String user, Instant startedAt, String status, String clientId, String environmentId, String ccid) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO provisioning_run (target_name, target_url, cluster_domain, customer_domain, started_by,"
                        + " started_at, updated_at, status, version)"
                        + " VALUES ('Built-in simulator', 'http://localhost/gauth-sim', 'acme.example.com', 'acme.com',"
                        + " ?, ?, ?, 'IN_PROGRESS', 0)")
                .params(user, utc(startedAt), utc(startedAt))
                .update(key, "id");
        RunSnapshot run = new RunSnapshot(
                key.getKey().longValue(),
                "Built-in simulator",
                "http://localhost/gauth-sim",
                "acme.example.com",
                "acme.com",
                user,
                startedAt,
                startedAt,
                RunStatus.valueOf(status),
                clientId,
                environmentId,
                ccid,
                null,
                null);
        transaction.executeWithoutResult(
                tx -> events.publishEvent(new RunChanged(run, RunChanged.Change.STARTED, user, "")));
        runs.put(run.id(), run);
        return run.id();
    }

    /** A finished attempt of the run, recorded in one transaction as the wizard records it; returns its number. */
    long attempt(long runId, String step, String status, String responseBody, String returnedIds) {
        long attemptId = ATTEMPT_IDS.incrementAndGet();
        int number = attemptNumbers.merge(runId, 1, Integer::sum);
        Instant now = Instant.now();
        FinishedAttempt attempt = new FinishedAttempt(
                attemptId,
                Step.valueOf(step),
                number,
                AttemptKind.EXECUTE,
                AttemptStatus.valueOf(status),
                "operator",
                now,
                now,
                null,
                null,
                null,
                "POST",
                "http://localhost/gauth-sim/environment/v3/x",
                REQUEST_HEADERS,
                "{\"password\":\"[REDACTED hmac:0123456789ab]\"}",
                200,
                null,
                responseBody,
                12L,
                returnedIds,
                null,
                null);
        transaction.executeWithoutResult(tx -> events.publishEvent(new AttemptFinished(attempt, runs.get(runId))));
        return attemptId;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
