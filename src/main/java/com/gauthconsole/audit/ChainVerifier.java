package com.gauthconsole.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SHA-256 chain that sealed step attempts before the event log existed, checked once by
 * {@link RecordsMoveIntoTheEventLog} so that the move records whether the records it moved were intact. Walks the chain in order, recomputing every record's hash, and reports the first record that does not match:
 * altered content, a broken link, a gap (a deleted record), a missing end, or a finished attempt that never joined.
 */
class ChainVerifier {

    private static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;

    ChainVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    VerificationReport verify() {
        ChainHead head = jdbc.sql(ChainHead.SELECT)
                .query((row, number) -> ChainHead.of(row))
                .single();
        Walk walk = jdbc.sql("SELECT chain_seq, prev_hash, record_hash, " + AttemptDigest.SELECT_COLUMNS
                        + " FROM step_attempt WHERE chain_seq IS NOT NULL ORDER BY chain_seq")
                .withFetchSize(FETCH_SIZE)
                .query(ChainVerifier::walk);
        if (walk.problem != null) {
            return walk.problem;
        }
        if (walk.checked != head.lastSeq() || !walk.previousHash.equals(head.lastHash())) {
            return VerificationReport.broken(
                    walk.checked,
                    head.lastAttemptId(),
                    null,
                    "The chain should hold " + head.lastSeq() + " records ending with this attempt, but it ends after "
                            + walk.checked + ": its last records were deleted.");
        }
        return jdbc.sql("SELECT id, run_id FROM step_attempt WHERE chain_seq IS NULL AND status <> 'RUNNING'"
                        + " AND id > ? ORDER BY id")
                .param(head.chainedAfterAttemptId())
                .withMaxRows(1)
                .query((row, number) -> VerificationReport.broken(
                        walk.checked,
                        row.getLong("id"),
                        row.getLong("run_id"),
                        "This finished attempt never joined the chain: it was written outside the console."))
                .optional()
                .orElseGet(() -> VerificationReport.intact(walk.checked));
    }

    private static Walk walk(ResultSet rows) throws SQLException {
        Walk walk = new Walk();
        while (walk.problem == null && rows.next()) {
            walk.check(rows);
        }
        return walk;
    }

    /** The walk's state: records that matched so far and the hash the next record must link to. */
    private static final class Walk {
        long checked;
        String previousHash = AttemptDigest.GENESIS;
        VerificationReport problem;

        void check(ResultSet row) throws SQLException {
            long seq = row.getLong("chain_seq");
            long attemptId = row.getLong("id");
            long runId = row.getLong("run_id");
            if (seq != checked + 1) {
                problem = VerificationReport.broken(
                        checked,
                        attemptId,
                        runId,
                        "Record " + (checked + 1) + " of the chain is missing just before this one: it was deleted.");
            } else if (!previousHash.equals(row.getString("prev_hash"))) {
                problem = VerificationReport.broken(
                        checked, attemptId, runId, "Its link to the previous record does not match.");
            } else if (!Objects.equals(AttemptDigest.hash(row, seq, previousHash), row.getString("record_hash"))) {
                problem = VerificationReport.broken(
                        checked,
                        attemptId,
                        runId,
                        "Its content does not match its hash: it was changed after it was recorded.");
            } else {
                checked = seq;
                previousHash = row.getString("record_hash");
            }
        }
    }
}
