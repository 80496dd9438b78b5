package com.gauthconsole.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * No job waits forever for a console that stopped: a single console interrupts every running job at start-up, and
 * with several instances a job whose heartbeat stopped is interrupted by the sweep, while a live one is left alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class BulkInterruptionTest {

    @Autowired
    BulkInterruption interruption;

    @Autowired
    JdbcClient jdbc;

    @Test
    void atStartUpOfAConsoleAloneOnItsDatabaseUnfinishedRowsBecomeInterrupted() {
        long jobId = runningJob(Instant.now());

        interruption.atStartUp();

        assertThat(status(jobId)).isEqualTo("INTERRUPTED");
        assertThat(rows(jobId)).containsExactly("1 SUCCEEDED false", "2 INTERRUPTED true", "3 INTERRUPTED true");
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM bulk_row WHERE job_id = ? AND sealed_config_server_password IS NOT NULL")
                        .params(jobId)
                        .query(Long.class)
                        .single())
                .as("no secret stays sealed for a row that will not run")
                .isZero();
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE kind = 'BULK_JOB_FINISHED' AND subject = ?")
                        .params("bulk job " + jobId)
                        .query(String.class)
                        .single())
                .contains("\"status\":\"INTERRUPTED\"", "\"succeeded\":1", "\"interrupted\":2");
    }

    @Test
    void theSweepInterruptsAJobWhoseHeartbeatStoppedAndLeavesALiveOne() {
        long dead = runningJob(Instant.now().minus(Duration.ofMinutes(10)));
        long alive = runningJob(Instant.now());

        interruption.sweep();

        assertThat(status(dead)).isEqualTo("INTERRUPTED");
        assertThat(status(alive)).isEqualTo("RUNNING");
        jdbc.sql("UPDATE bulk_job SET status = 'FINISHED' WHERE id = ?")
                .params(alive)
                .update();
    }

    @Test
    void theSweepDropsCheckedUploadsNobodyStartedWithTheirSealedSecrets() {
        long old = job("PREVIEWED", null, Instant.now().minus(Duration.ofHours(2)));
        long recent = job("PREVIEWED", null, Instant.now());

        interruption.sweep();

        assertThat(jdbc.sql("SELECT id FROM bulk_job WHERE id IN (?, ?)")
                        .params(old, recent)
                        .query(Long.class)
                        .list())
                .containsExactly(recent);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bulk_row WHERE job_id = ?")
                        .params(old)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** A job left running: row 1 succeeded, row 2 running, row 3 waiting with its secret still sealed. */
    private long runningJob(Instant heartbeat) {
        long jobId = job("RUNNING", heartbeat, Instant.now());
        jdbc.sql("UPDATE bulk_row SET state = 'SUCCEEDED', sealed_config_server_password = NULL"
                        + " WHERE job_id = ? AND row_number = 1")
                .params(jobId)
                .update();
        jdbc.sql("UPDATE bulk_row SET state = 'RUNNING', sealed_config_server_password = NULL"
                        + " WHERE job_id = ? AND row_number = 2")
                .params(jobId)
                .update();
        return jobId;
    }

    private long job(String status, Instant heartbeat, Instant created) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO bulk_job (started_by, started_by_lead, status, row_count, created_at, heartbeat_at)"
                        + " VALUES ('operator', FALSE, ?, 3, ?, ?)")
                .params(
                        status,
                        created.atOffset(ZoneOffset.UTC),
                        heartbeat == null ? null : heartbeat.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        long jobId = keys.getKeyAs(Number.class).longValue();
        for (int row = 1; row <= 3; row++) {
            jdbc.sql("INSERT INTO bulk_row (job_id, row_number, cells, sealed_config_server_password, state)"
                            + " VALUES (?, ?, '{}', 'sealed', 'PENDING')")
                    .params(jobId, row)
                    .update();
        }
        return jobId;
    }

    private String status(long jobId) {
        return jdbc.sql("SELECT status FROM bulk_job WHERE id = ?")
                .params(jobId)
                .query(String.class)
                .single();
    }

    private List<String> rows(long jobId) {
        return jdbc.sql("SELECT row_number, state, failure_reason FROM bulk_row WHERE job_id = ? ORDER BY row_number")
                .params(jobId)
                .query((row, number) -> row.getInt("row_number") + " " + row.getString("state") + " "
                        + (row.getString("failure_reason") != null))
                .list();
    }
}
