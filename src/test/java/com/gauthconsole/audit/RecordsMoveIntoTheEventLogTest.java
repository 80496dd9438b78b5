package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.run.AttemptView;
import com.gauthconsole.secret.SecretsProperties;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A database from before the event log held attempts: its runs and sealed attempts move into the log once, with
 * links under the audit key, and the move itself is the last event, saying whether the old chain was intact. Run on
 * H2 and on PostgreSQL by the subclasses.
 */
abstract class RecordsMoveIntoTheEventLogTest {

    private static final byte[] KEY = new byte[32];
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path keys;

    private DataSource database;
    private JdbcClient jdbc;

    /** An empty database of its own for each test. */
    abstract DataSource freshDatabase() throws Exception;

    /** The folder of the database's own migrations under {@code db/vendor}. */
    abstract String vendor();

    @BeforeEach
    void aDatabaseOfTheVersionBeforeTheMove() throws Exception {
        database = freshDatabase();
        jdbc = JdbcClient.create(database);
        flyway().target("21").load().migrate();
    }

    @Test
    void movesEveryRunAndFinishedAttemptIntoTheLogAndRecordsTheMoveLast() {
        AuditEvent earlier = new AuditLog(jdbc, new EventLink(KEY), CLOCK)
                .append(new AuditEntry(
                        AuditEventKind.USER_CREATED, "admin", "user alice", null, Map.of("roles", "OPERATOR")));
        long runId = oldRun("SUCCEEDED");
        long created = oldAttempt(runId, "CREATE_API_CLIENT", "SUCCEEDED", "{\"status\":{\"code\":0}}");
        long refused = oldAttempt(runId, "CREATE_TOKEN", "FAILED", "{\"error\":\"invalid_grant\"}");
        oldRunningAttempt(runId);

        migrateToTheEnd();

        List<AuditEvent> events = events();
        assertThat(events)
                .extracting(AuditEvent::kind)
                .containsExactly(
                        "USER_CREATED",
                        "RUN_CREATED",
                        "STEP_EXECUTED",
                        "STEP_EXECUTED",
                        "RUN_FINISHED",
                        "RECORDS_MOVED_INTO_LOG");
        assertThat(events.get(0).link()).isEqualTo(earlier.link());
        assertThat(AttemptDetails.read(events.get(2)).attempt().id()).isEqualTo(created);
        AttemptView failed = AttemptDetails.read(events.get(3)).attempt();
        assertThat(failed.id()).isEqualTo(refused);
        assertThat(failed.responseBody()).contains("invalid_grant");
        assertThat(details(events.get(3)).path("oldRecordHash").asString()).hasSize(64);
        JsonNode move = details(events.get(5));
        assertThat(move.path("runs").asInt()).isEqualTo(1);
        assertThat(move.path("attempts").asInt()).isEqualTo(2);
        assertThat(move.path("oldChain").asString()).isEqualTo("Intact, 2 records.");
        assertThat(verifier().verify(Optional.empty()).intact()).isTrue();
        assertThat(jdbc.sql("SELECT status FROM audit_run WHERE id = ?")
                        .param(runId)
                        .query(String.class)
                        .single())
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void theMoveRecordsThatTheOldChainWasBroken() {
        long runId = oldRun("FAILED");
        long attempt = oldAttempt(runId, "CREATE_API_CLIENT", "FAILED", "{\"error\":\"duplicate\"}");
        jdbc.sql("UPDATE step_attempt SET response_body = '{}' WHERE id = ?")
                .param(attempt)
                .update();

        migrateToTheEnd();

        List<AuditEvent> events = events();
        assertThat(details(events.get(events.size() - 1)).path("oldChain").asString())
                .startsWith("Not intact")
                .contains("changed after it was recorded");
        assertThat(verifier().verify(Optional.empty()).intact()).isTrue();
    }

    @Test
    void aDatabaseWithoutRunsHasNothingToMoveAndRecordsNothing() {
        migrateToTheEnd();

        assertThat(events()).isEmpty();
    }

    private void migrateToTheEnd() {
        AuditProperties audit = new AuditProperties(
                Base64.getEncoder().encodeToString(KEY), Duration.ofHours(1), keys.resolve("checkpoints.log"));
        SecretsProperties secrets = new SecretsProperties(null, null, keys, 10);
        flyway().javaMigrations(new RecordsMoveIntoTheEventLog(audit, secrets, CLOCK))
                .load()
                .migrate();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor());
    }

    private long oldRun(String status) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO provisioning_run (target_name, target_url, cluster_domain, customer_domain, started_by,"
                        + " started_at, updated_at, status, client_id, version)"
                        + " VALUES ('Lab', 'http://gauth.lab', 'acme.example.com', 'acme.com', 'operator', ?, ?, ?,"
                        + " 'client-1', 0)")
                .params(now(), now(), status)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** A finished attempt, sealed into the old chain as the console before the event log sealed it. */
    private long oldAttempt(long runId, String step, String status, String responseBody) {
        long id = insertAttempt(runId, step, status, responseBody);
        ChainHead head = jdbc.sql(ChainHead.SELECT)
                .query((row, number) -> ChainHead.of(row))
                .single();
        long seq = head.lastSeq() + 1;
        String hash = jdbc.sql("SELECT " + AttemptDigest.SELECT_COLUMNS + " FROM step_attempt WHERE id = ?")
                .param(id)
                .query((row, number) -> AttemptDigest.hash(row, seq, head.lastHash()))
                .single();
        jdbc.sql("UPDATE step_attempt SET chain_seq = ?, prev_hash = ?, record_hash = ? WHERE id = ?")
                .params(seq, head.lastHash(), hash, id)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, last_attempt_id = ? WHERE id = 1")
                .params(seq, hash, id)
                .update();
        return id;
    }

    private void oldRunningAttempt(long runId) {
        insertAttempt(runId, "ADD_ENVIRONMENT", "RUNNING", null);
    }

    private long insertAttempt(long runId, String step, String status, String responseBody) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO step_attempt (run_id, step, attempt_number, actor, started_at, finished_at, status,"
                        + " kind, request_method, request_url, request_headers, request_body, response_status,"
                        + " response_body, duration_ms)"
                        + " VALUES (?, ?, 1, 'operator', ?, ?, ?, 'EXECUTE', 'POST', 'http://gauth.lab/x',"
                        + " '{\"Authorization\":[\"Basic ops:[REDACTED hmac:0123456789ab]\"]}', '{}', 200, ?, 5)")
                .params(runId, step, now(), now(), status, responseBody)
                .update(key, "id");
        return key.getKey().longValue();
    }

    private List<AuditEvent> events() {
        return jdbc.sql("SELECT " + AuditEvent.COLUMNS + " FROM audit_event ORDER BY seq")
                .query((row, number) -> AuditEvent.of(row))
                .list();
    }

    private EventLogVerifier verifier() {
        return new EventLogVerifier(jdbc, new EventLink(KEY));
    }

    private static JsonNode details(AuditEvent event) {
        return JsonMapper.builder().build().readTree(event.details());
    }

    private static Object now() {
        return Instant.now().atOffset(ZoneOffset.UTC);
    }
}
