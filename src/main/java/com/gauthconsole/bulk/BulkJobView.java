package com.gauthconsole.bulk;

import java.time.Instant;
import java.util.List;

/**
 * A bulk job as its page and its result show it, read from the database; never a secret.
 *
 * @param startedAt when its rows began to run, or null while it waits to be started
 */
public record BulkJobView(
        long id,
        String startedBy,
        JobStatus status,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        List<BulkRowView> rows) {

    public long count(RowState state) {
        return rows.stream().filter(row -> row.state() == state).count();
    }

    /** Whether the page should follow it: rows are waiting or running. */
    public boolean live() {
        return status == JobStatus.RUNNING;
    }

    /** Rows per second from the start to the end of the job, once it has ended. */
    public double rowsPerSecond() {
        if (startedAt == null || finishedAt == null || !finishedAt.isAfter(startedAt)) {
            return 0;
        }
        return rows.size() * 1000.0 / (finishedAt.toEpochMilli() - startedAt.toEpochMilli());
    }
}
