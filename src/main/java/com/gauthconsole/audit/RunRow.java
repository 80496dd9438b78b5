package com.gauthconsole.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A run as the history shows it.
 *
 * @param abandonedBy the lead who closed the run unfinished, or null; {@code abandonReason} says why
 */
public record RunRow(
        long id,
        String targetName,
        String targetUrl,
        String clusterDomain,
        String startedBy,
        Instant startedAt,
        Instant updatedAt,
        String status,
        String clientId,
        String environmentId,
        String contactCenterId,
        String abandonedBy,
        String abandonReason) {

    static final String COLUMNS = "r.id, r.target_name, r.target_url, r.cluster_domain, r.started_by, r.started_at,"
            + " r.updated_at, r.status, r.client_id, r.environment_id, r.contact_center_id, r.abandoned_by,"
            + " r.abandon_reason";

    static RunRow of(ResultSet row) throws SQLException {
        return new RunRow(
                row.getLong("id"),
                row.getString("target_name"),
                row.getString("target_url"),
                row.getString("cluster_domain"),
                row.getString("started_by"),
                instant(row, "started_at"),
                instant(row, "updated_at"),
                row.getString("status"),
                row.getString("client_id"),
                row.getString("environment_id"),
                row.getString("contact_center_id"),
                row.getString("abandoned_by"),
                row.getString("abandon_reason"));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
