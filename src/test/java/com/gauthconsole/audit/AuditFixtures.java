package com.gauthconsole.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes runs and finished attempts straight into the tables, sealed the way the wizard seals them. */
final class AuditFixtures {

    static final String REQUEST_HEADERS =
            "{\"Authorization\":[\"[REDACTED hmac:0123456789ab]\"],\"Content-Type\":[\"application/json\"]}";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AttemptChain chain;

    AuditFixtures(JdbcClient jdbc, TransactionTemplate transaction, AttemptChain chain) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.chain = chain;
    }

    long run(String user, Instant startedAt, String status, String clientId, String environmentId, String ccid) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO provisioning_run (target_name, target_url, cluster_domain, customer_domain, started_by,"
                        + " started_at, updated_at, status, client_id, environment_id, contact_center_id, version)"
                        + " VALUES ('Built-in simulator', 'http://localhost/gauth-sim', 'acme.example.com', 'acme.com',"
                        + " ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(user, utc(startedAt), utc(startedAt), status, clientId, environmentId, ccid)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** A running attempt, not yet in the chain. */
    long running(long runId, String step, String responseBody) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO step_attempt (run_id, step, attempt_number, actor, started_at, status, request_method,"
                        + " request_url, request_headers, request_body, response_body)"
                        + " VALUES (?, ?, (SELECT COUNT(*) + 1 FROM step_attempt WHERE run_id = ? AND step = ?),"
                        + " 'operator', ?, 'RUNNING', 'POST', 'http://localhost/gauth-sim/environment/v3/x', ?,"
                        + " '{\"password\":\"[REDACTED hmac:0123456789ab]\"}', ?)")
                .params(runId, step, runId, step, utc(Instant.now()), REQUEST_HEADERS, responseBody)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Completes a running attempt and seals it, in one transaction as the wizard does. */
    void complete(long attemptId, String status, String returnedIds) {
        transaction.executeWithoutResult(tx -> {
            jdbc.sql("UPDATE step_attempt SET status = ?, finished_at = ?, response_status = 200, duration_ms = 12,"
                            + " returned_ids = ? WHERE id = ?")
                    .params(status, utc(Instant.now()), returnedIds, attemptId)
                    .update();
            chain.seal(attemptId);
        });
    }

    long attempt(long runId, String step, String status, String responseBody, String returnedIds) {
        long attemptId = running(runId, step, responseBody);
        complete(attemptId, status, returnedIds);
        return attemptId;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
