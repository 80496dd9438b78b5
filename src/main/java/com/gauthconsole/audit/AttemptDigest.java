package com.gauthconsole.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The hash that seals one attempt: SHA-256 over its chain position, the previous record's hash and every column of
 * the attempt, in a fixed order. Each value is written as its column name, then a null marker or its UTF-8 length
 * and bytes, so no two different rows encode alike. Timestamps are encoded as ISO-8601 instants, read the same way
 * from H2 and PostgreSQL.
 */
final class AttemptDigest {

    static final List<String> COLUMNS = List.of(
            "id",
            "run_id",
            "step",
            "attempt_number",
            "actor",
            "started_at",
            "finished_at",
            "status",
            "inputs",
            "request_method",
            "request_url",
            "request_headers",
            "request_body",
            "response_status",
            "response_headers",
            "response_body",
            "duration_ms",
            "returned_ids",
            "failure_reason",
            "kind",
            "re_run_of",
            "input_changes",
            "failure_kind");

    static final String SELECT_COLUMNS = String.join(", ", COLUMNS);

    static final String GENESIS = "0".repeat(64);

    private static final Set<String> TIMESTAMPS = Set.of("started_at", "finished_at");

    private AttemptDigest() {}

    /** Hashes the attempt at the current row of {@code row}, which must hold all of {@link #COLUMNS}. */
    static String hash(ResultSet row, long chainSeq, String previousHash) throws SQLException {
        MessageDigest digest = sha256();
        field(digest, "chain_seq", Long.toString(chainSeq));
        field(digest, "prev_hash", previousHash);
        for (String column : COLUMNS) {
            field(digest, column, text(row, column));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String text(ResultSet row, String column) throws SQLException {
        if (TIMESTAMPS.contains(column)) {
            OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
            return time == null ? null : time.toInstant().toString();
        }
        return row.getString(column);
    }

    private static void field(MessageDigest digest, String name, String value) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        if (value == null) {
            digest.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
