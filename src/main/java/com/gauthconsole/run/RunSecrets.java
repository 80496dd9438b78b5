package com.gauthconsole.run;

import com.gauthconsole.secret.Secret;
import com.gauthconsole.secret.SecretBox;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secrets a run keeps between requests, sealed with AES-GCM; the sealing context names the run and the secret,
 * so a value moved to another row does not open. An expired secret reads as absent.
 */
@Component
class RunSecrets {

    private final JdbcClient jdbc;
    private final SecretBox box;
    private final Clock clock;

    RunSecrets(JdbcClient jdbc, SecretBox box, Clock clock) {
        this.jdbc = jdbc;
        this.box = box;
        this.clock = clock;
    }

    @Transactional
    void keep(long runId, RunSecretName name, Secret secret, Instant expiresAt) {
        forget(runId, name);
        jdbc.sql("INSERT INTO run_secret (run_id, name, sealed, expires_at) VALUES (?, ?, ?, ?)")
                .params(runId, name.name(), box.seal(secret, context(runId, name)), utc(expiresAt))
                .update();
    }

    Optional<Secret> find(long runId, RunSecretName name) {
        return jdbc.sql("SELECT sealed, expires_at FROM run_secret WHERE run_id = ? AND name = ?")
                .params(runId, name.name())
                .query((row, number) ->
                        new Sealed(row.getString("sealed"), instant(row.getObject("expires_at", OffsetDateTime.class))))
                .optional()
                .filter(stored ->
                        stored.expiresAt() == null || stored.expiresAt().isAfter(clock.instant()))
                .map(stored -> box.open(stored.value(), context(runId, name)));
    }

    /** Whether an unexpired value is kept; asked on every step page, so it reads the row without decrypting it. */
    boolean has(long runId, RunSecretName name) {
        return jdbc.sql("SELECT expires_at FROM run_secret WHERE run_id = ? AND name = ?")
                .params(runId, name.name())
                .query((row, number) -> Optional.ofNullable(instant(row.getObject("expires_at", OffsetDateTime.class))))
                .optional()
                .filter(expiresAt -> expiresAt.map(clock.instant()::isBefore).orElse(true))
                .isPresent();
    }

    void forget(long runId, RunSecretName name) {
        jdbc.sql("DELETE FROM run_secret WHERE run_id = ? AND name = ?")
                .params(runId, name.name())
                .update();
    }

    void forgetAll(long runId) {
        jdbc.sql("DELETE FROM run_secret WHERE run_id = ?").params(runId).update();
    }

    /** Timestamps cross JDBC as OffsetDateTime: both H2 and PostgreSQL map it to TIMESTAMP WITH TIME ZONE. */
    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String context(long runId, RunSecretName name) {
        return "run " + runId + " " + name;
    }

    private record Sealed(String value, Instant expiresAt) {}
}
