package com.gauthconsole.audit;

import com.gauthconsole.run.RunSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the history list's index of runs ({@code audit_run}): each run as its latest event left it, written in the
 * transaction of that event. The record is the event log; this index only lets the list filter and sort runs with
 * index look-ups.
 */
@Component
class RunIndex {

    private final JdbcClient jdbc;
    private final HistoryChoices choices;

    RunIndex(JdbcClient jdbc, HistoryChoices choices) {
        this.jdbc = jdbc;
        this.choices = choices;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(RunSnapshot run) {
        int updated = jdbc.sql("UPDATE audit_run SET target_url = ?, updated_at = ?, status = ?, client_id = ?,"
                        + " environment_id = ?, contact_center_id = ?, abandoned_by = ?, abandon_reason = ?"
                        + " WHERE id = ?")
                .params(
                        run.targetUrl(),
                        utc(run.updatedAt()),
                        run.status().name(),
                        run.clientId(),
                        run.environmentId(),
                        run.contactCenterId(),
                        run.abandonedBy(),
                        run.abandonReason(),
                        run.id())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO audit_run (" + RunRow.COLUMNS.replace("r.", "") + ", customer_domain,"
                            + " started_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            run.id(),
                            run.targetName(),
                            run.targetUrl(),
                            run.clusterDomain(),
                            run.startedBy(),
                            utc(run.startedAt()),
                            utc(run.updatedAt()),
                            run.status().name(),
                            run.clientId(),
                            run.environmentId(),
                            run.contactCenterId(),
                            run.abandonedBy(),
                            run.abandonReason(),
                            run.customerDomain(),
                            LocalDate.ofInstant(run.startedAt(), ZoneOffset.UTC))
                    .update();
            choices.runAdded();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
