package com.gauthconsole.secondfactor;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factors and recovery codes in the database. Using a code is one conditional update, so that two
 * requests with the same code, to one instance or several, cannot both pass.
 */
@Repository
class SecondFactorStore {

    record StoredFactor(String sealedSecret, boolean confirmed, long lastUsedStep) {
        @Override
        public String toString() {
            return "StoredFactor[confirmed=" + confirmed + ", lastUsedStep=" + lastUsedStep + "]";
        }
    }

    record StoredRecoveryCode(long id, String hash) {}

    private final JdbcClient jdbc;

    SecondFactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredFactor> find(String username) {
        return jdbc.sql("SELECT sealed_secret, confirmed, last_used_step FROM second_factor WHERE username = ?")
                .param(username)
                .query((row, number) -> new StoredFactor(
                        row.getString("sealed_secret"), row.getBoolean("confirmed"), row.getLong("last_used_step")))
                .optional();
    }

    Set<String> confirmedUsernames() {
        return jdbc.sql("SELECT username FROM second_factor WHERE confirmed = TRUE").query(String.class).stream()
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Stores a secret waiting for its first code, unless the user has a second factor already (waiting or confirmed):
     * false then. Runs in its own statement, outside any transaction, so that losing the race to another request
     * leaves nothing to roll back.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    boolean savePendingIfNone(String username, String sealedSecret, Instant now) {
        try {
            jdbc.sql("INSERT INTO second_factor (username, sealed_secret, confirmed, last_used_step, created_at)"
                            + " VALUES (?, ?, FALSE, 0, ?)")
                    .params(username, sealedSecret, now.atOffset(ZoneOffset.UTC))
                    .update();
            return true;
        } catch (DuplicateKeyException madeMeanwhile) {
            return false;
        }
    }

    /** Confirms a waiting secret with the step of its first code; false when it was confirmed meanwhile. */
    boolean confirm(String username, long step) {
        return jdbc.sql("UPDATE second_factor SET confirmed = TRUE, last_used_step = ?"
                                + " WHERE username = ? AND confirmed = FALSE")
                        .params(step, username)
                        .update()
                == 1;
    }

    /** Marks a step's code used; false when it, or a later one, was used already. */
    boolean useStep(String username, long step) {
        return jdbc.sql("UPDATE second_factor SET last_used_step = ?"
                                + " WHERE username = ? AND confirmed = TRUE AND last_used_step < ?")
                        .params(step, username, step)
                        .update()
                == 1;
    }

    void delete(String username) {
        jdbc.sql("DELETE FROM second_factor WHERE username = ?").param(username).update();
    }

    void replaceRecoveryCodes(String username, List<String> hashes) {
        jdbc.sql("DELETE FROM recovery_code WHERE username = ?").param(username).update();
        for (String hash : hashes) {
            jdbc.sql("INSERT INTO recovery_code (username, code_hash) VALUES (?, ?)")
                    .params(username, hash)
                    .update();
        }
    }

    List<StoredRecoveryCode> recoveryCodes(String username) {
        return jdbc.sql("SELECT id, code_hash FROM recovery_code WHERE username = ?")
                .param(username)
                .query((row, number) -> new StoredRecoveryCode(row.getLong("id"), row.getString("code_hash")))
                .list();
    }

    int recoveryCodesLeft(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE username = ?")
                .param(username)
                .query(Integer.class)
                .single();
    }

    /** A recovery code is used by deleting it; false when another request used it first. */
    boolean useRecoveryCode(long id) {
        return jdbc.sql("DELETE FROM recovery_code WHERE id = ?").param(id).update() == 1;
    }
}
