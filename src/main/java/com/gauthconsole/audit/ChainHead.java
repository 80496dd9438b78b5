package com.gauthconsole.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/** The chain's single head row: how many records it holds, the last one's hash and attempt. */
record ChainHead(long lastSeq, String lastHash, Long lastAttemptId, long chainedAfterAttemptId) {

    static final String SELECT =
            "SELECT last_seq, last_hash, last_attempt_id, chained_after_attempt_id FROM audit_chain_head WHERE id = 1";

    static ChainHead of(ResultSet row) throws SQLException {
        return new ChainHead(
                row.getLong("last_seq"),
                row.getString("last_hash"),
                row.getObject("last_attempt_id", Long.class),
                row.getLong("chained_after_attempt_id"));
    }
}
