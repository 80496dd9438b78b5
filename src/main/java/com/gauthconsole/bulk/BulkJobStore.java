package com.gauthconsole.bulk;

import com.gauthconsole.secret.Secret;
import com.gauthconsole.secret.SecretBox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulk jobs and their rows in the database. A row keeps its non-secret cells as JSON and its secrets sealed
 * (bound to the job, the row and the column) only until its run takes them; a row's state changes only forward, by
 * conditional updates, so two instances never run the same row.
 */
@Component
class BulkJobStore {

    private static final TypeReference<Map<String, String>> CELLS = new TypeReference<>() {};
    private static final String SELECT_JOB =
            "SELECT id, started_by, started_by_lead, status, created_at, started_at," + " finished_at FROM bulk_job";

    private final JdbcClient jdbc;
    private final SecretBox box;
    private final JsonMapper json = JsonMapper.builder().build();

    BulkJobStore(JdbcClient jdbc, SecretBox box) {
        this.jdbc = jdbc;
        this.box = box;
    }

    /** A job's header: who uploaded it, with the lead flag their runs act with. */
    record Job(
            long id,
            String startedBy,
            boolean startedByLead,
            JobStatus status,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt) {}

    long create(String startedBy, boolean lead, List<UploadRow> rows, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO bulk_job (started_by, started_by_lead, status, row_count, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(startedBy, lead, JobStatus.PREVIEWED.name(), rows.size(), utc(now))
                .update(keys, "id");
        long jobId = keys.getKeyAs(Number.class).longValue();
        for (UploadRow row : rows) {
            jdbc.sql("INSERT INTO bulk_row (job_id, row_number, cells, sealed_client_secret,"
                            + " sealed_config_server_password, state) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(
                            jobId,
                            row.number(),
                            json.writeValueAsString(byHeader(row.cells())),
                            sealed(jobId, row, BulkColumn.CLIENT_SECRET),
                            sealed(jobId, row, BulkColumn.CONFIG_SERVER_PASSWORD),
                            RowState.PENDING.name())
                    .update();
        }
        return jobId;
    }

    Optional<Job> job(long jobId) {
        return jdbc.sql(SELECT_JOB + " WHERE id = ?")
                .params(jobId)
                .query(BulkJobStore::job)
                .optional();
    }

    List<Job> recent(int limit) {
        return jdbc.sql(SELECT_JOB + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .query(BulkJobStore::job)
                .list();
    }

    List<BulkRowView> rows(long jobId) {
        return jdbc.sql("SELECT row_number, cells, state, run_id, contact_center_id, failure_reason FROM bulk_row"
                        + " WHERE job_id = ? ORDER BY row_number")
                .params(jobId)
                .query((result, number) -> {
                    Map<String, String> cells = json.readValue(result.getString("cells"), CELLS);
                    return new BulkRowView(
                            result.getInt("row_number"),
                            cells.get(BulkColumn.TARGET.header()),
                            cells.get(BulkColumn.CLUSTER_DOMAIN.header()),
                            cells.get(BulkColumn.CUSTOMER_DOMAIN.header()),
                            cells.get(BulkColumn.CC_ID.header()),
                            cells.get(BulkColumn.CLIENT_ID.header()),
                            RowState.valueOf(result.getString("state")),
                            result.getObject("run_id", Long.class),
                            result.getString("contact_center_id"),
                            result.getString("failure_reason"));
                })
                .list();
    }

    List<Integer> pendingRows(long jobId) {
        return jdbc.sql("SELECT row_number FROM bulk_row WHERE job_id = ? AND state = ? ORDER BY row_number")
                .params(jobId, RowState.PENDING.name())
                .query(Integer.class)
                .list();
    }

    /** Starts a checked job; its rows act as a lead when the one who starts it is a lead now. */
    boolean startJob(long jobId, boolean lead, Instant now) {
        return jdbc.sql("UPDATE bulk_job SET status = ?, started_at = ?, heartbeat_at = ?, started_by_lead = ?"
                                + " WHERE id = ? AND status = ?")
                        .params(JobStatus.RUNNING.name(), utc(now), utc(now), lead, jobId, JobStatus.PREVIEWED.name())
                        .update()
                == 1;
    }

    /**
     * Takes a pending row to run: it becomes running and its sealed secrets leave the table, handed to the caller
     * (whose run keeps them sealed from then on). Empty when another worker took it, or the job was interrupted.
     */
    Optional<UploadRow> claim(long jobId, int rowNumber, Instant now) {
        Optional<UploadRow> row = jdbc.sql("SELECT cells, sealed_client_secret, sealed_config_server_password"
                        + " FROM bulk_row WHERE job_id = ? AND row_number = ? AND state = ?")
                .params(jobId, rowNumber, RowState.PENDING.name())
                .query((result, number) -> opened(jobId, rowNumber, result))
                .optional();
        boolean claimed = row.isPresent()
                && jdbc.sql("UPDATE bulk_row SET state = ?, started_at = ?, sealed_client_secret = NULL,"
                                        + " sealed_config_server_password = NULL WHERE job_id = ? AND row_number = ?"
                                        + " AND state = ?")
                                .params(RowState.RUNNING.name(), utc(now), jobId, rowNumber, RowState.PENDING.name())
                                .update()
                        == 1;
        return claimed ? row : Optional.empty();
    }

    void runStarted(long jobId, int rowNumber, long runId) {
        jdbc.sql("UPDATE bulk_row SET run_id = ? WHERE job_id = ? AND row_number = ?")
                .params(runId, jobId, rowNumber)
                .update();
    }

    /** Ends a running row; a row already interrupted (its job was taken as dead) stays so. */
    void endRow(long jobId, int rowNumber, RowState state, String contactCenterId, String reason, Instant now) {
        jdbc.sql("UPDATE bulk_row SET state = ?, contact_center_id = ?, failure_reason = ?, finished_at = ?"
                        + " WHERE job_id = ? AND row_number = ? AND state = ?")
                .params(state.name(), contactCenterId, reason, utc(now), jobId, rowNumber, RowState.RUNNING.name())
                .update();
    }

    /** Ends a running job as finished or interrupted; false when it had ended already. */
    boolean endJob(long jobId, JobStatus status, Instant now) {
        return jdbc.sql("UPDATE bulk_job SET status = ?, finished_at = ? WHERE id = ? AND status = ?")
                        .params(status.name(), utc(now), jobId, JobStatus.RUNNING.name())
                        .update()
                == 1;
    }

    /** The rows a job had not ended become interrupted, and any secret still sealed for them goes. */
    void interruptRows(long jobId, String reason, Instant now) {
        jdbc.sql("UPDATE bulk_row SET state = ?, failure_reason = ?, finished_at = ?, sealed_client_secret = NULL,"
                        + " sealed_config_server_password = NULL WHERE job_id = ? AND state IN (?, ?)")
                .params(
                        RowState.INTERRUPTED.name(),
                        reason,
                        utc(now),
                        jobId,
                        RowState.PENDING.name(),
                        RowState.RUNNING.name())
                .update();
    }

    List<Long> running() {
        return jdbc.sql("SELECT id FROM bulk_job WHERE status = ?")
                .params(JobStatus.RUNNING.name())
                .query(Long.class)
                .list();
    }

    List<Long> runningSilentSince(Instant before) {
        return jdbc.sql("SELECT id FROM bulk_job WHERE status = ? AND heartbeat_at < ?")
                .params(JobStatus.RUNNING.name(), utc(before))
                .query(Long.class)
                .list();
    }

    void heartbeat(Collection<Long> jobIds, Instant now) {
        jobIds.forEach(jobId -> jdbc.sql("UPDATE bulk_job SET heartbeat_at = ? WHERE id = ? AND status = ?")
                .params(utc(now), jobId, JobStatus.RUNNING.name())
                .update());
    }

    /** Drops a job that was never started, its sealed secrets with it. */
    boolean deletePreview(long jobId) {
        return jdbc.sql("DELETE FROM bulk_job WHERE id = ? AND status = ?")
                        .params(jobId, JobStatus.PREVIEWED.name())
                        .update()
                == 1;
    }

    int deletePreviewsCreatedBefore(Instant before) {
        return jdbc.sql("DELETE FROM bulk_job WHERE status = ? AND created_at < ?")
                .params(JobStatus.PREVIEWED.name(), utc(before))
                .update();
    }

    private UploadRow opened(long jobId, int rowNumber, ResultSet result) throws SQLException {
        Map<BulkColumn, String> cells = new EnumMap<>(BulkColumn.class);
        json.readValue(result.getString("cells"), CELLS)
                .forEach((header, value) -> BulkColumn.byHeader(header).ifPresent(column -> cells.put(column, value)));
        Map<BulkColumn, Secret> secrets = new EnumMap<>(BulkColumn.class);
        open(jobId, rowNumber, BulkColumn.CLIENT_SECRET, result.getString("sealed_client_secret"), secrets);
        open(
                jobId,
                rowNumber,
                BulkColumn.CONFIG_SERVER_PASSWORD,
                result.getString("sealed_config_server_password"),
                secrets);
        return new UploadRow(rowNumber, cells, secrets, List.of());
    }

    private void open(long jobId, int rowNumber, BulkColumn column, String sealed, Map<BulkColumn, Secret> secrets) {
        if (sealed != null) {
            secrets.put(column, box.open(sealed, context(jobId, rowNumber, column)));
        }
    }

    private String sealed(long jobId, UploadRow row, BulkColumn column) {
        Secret secret = row.secret(column);
        return secret.isEmpty() ? null : box.seal(secret, context(jobId, row.number(), column));
    }

    private static String context(long jobId, int rowNumber, BulkColumn column) {
        return "bulk job " + jobId + " row " + rowNumber + " " + column.name();
    }

    private static Map<String, String> byHeader(Map<BulkColumn, String> cells) {
        Map<String, String> byHeader = new LinkedHashMap<>();
        cells.forEach((column, value) -> byHeader.put(column.header(), value));
        return byHeader;
    }

    private static Job job(ResultSet result, int number) throws SQLException {
        return new Job(
                result.getLong("id"),
                result.getString("started_by"),
                result.getBoolean("started_by_lead"),
                JobStatus.valueOf(result.getString("status")),
                instant(result.getObject("created_at", OffsetDateTime.class)),
                instant(result.getObject("started_at", OffsetDateTime.class)),
                instant(result.getObject("finished_at", OffsetDateTime.class)));
    }

    /** Timestamps cross JDBC as OffsetDateTime: both H2 and PostgreSQL map it to TIMESTAMP WITH TIME ZONE. */
    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
