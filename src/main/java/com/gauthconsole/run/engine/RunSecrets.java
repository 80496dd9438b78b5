package com.gauthconsole.run.engine;

import com.gauthconsole.secret.Secret;
import com.gauthconsole.secret.SecretBox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secrets a run keeps between requests, sealed with AES-GCM; the sealing context names the run and the secret,
 * so a value moved to another row does not open. A secret is kept only while its run can use it: it reads as absent
 * once it expires (a token) or once the run has seen no activity for the retention period, and
 * {@link SecretRetention} deletes it then.
 */
@Component
public class RunSecrets {

    private static final String SELECT_KEPT = "SELECT s.name, s.sealed, s.expires_at, r.updated_at FROM run_secret s"
            + " JOIN provisioning_run r ON r.id = s.run_id WHERE s.run_id = ?";

    private final JdbcClient jdbc;
    private final SecretBox box;
    private final Clock clock;
    private final Duration retention;

    RunSecrets(JdbcClient jdbc, SecretBox box, Clock clock, RunsProperties properties) {
        this.jdbc = jdbc;
        this.box = box;
        this.clock = clock;
        this.retention = properties.secretRetention();
    }

    /**
     * Keeps the value under its name, replacing any earlier one. Keeping a secret is activity on the run: the update
     * of its row records that and also locks it, so two requests keeping the same secret at once take turns.
     */
    @Transactional
    public void keep(long runId, RunSecretName name, Secret secret, Instant expiresAt) {
        jdbc.sql("UPDATE provisioning_run SET updated_at = ? WHERE id = ?")
                .params(utc(clock.instant()), runId)
                .update();
        forget(runId, name);
        jdbc.sql("INSERT INTO run_secret (run_id, name, sealed, expires_at) VALUES (?, ?, ?, ?)")
                .params(runId, name.name(), box.seal(secret, context(runId, name)), utc(expiresAt))
                .update();
    }

    public Optional<Secret> find(long runId, RunSecretName name) {
        return usable(runId, name).map(stored -> box.open(stored.sealed(), context(runId, name)));
    }

    /** Whether a usable value is kept; asked on every step page, so it does not decrypt anything. */
    public boolean has(long runId, RunSecretName name) {
        return usable(runId, name).isPresent();
    }

    /** The secrets the run keeps now, each with when it stops being kept. */
    public List<KeptSecret> kept(long runId) {
        return jdbc
                .sql(SELECT_KEPT + " ORDER BY s.name")
                .params(runId)
                .query((row, number) -> stored(row))
                .list()
                .stream()
                .filter(this::usable)
                .map(stored -> new KeptSecret(stored.name(), stored.keptUntil()))
                .toList();
    }

    void forget(long runId, RunSecretName name) {
        jdbc.sql("DELETE FROM run_secret WHERE run_id = ? AND name = ?")
                .params(runId, name.name())
                .update();
    }

    public void forgetAll(long runId) {
        jdbc.sql("DELETE FROM run_secret WHERE run_id = ?").params(runId).update();
    }

    /** Deletes what runs idle for longer than the retention period still keep, and expired tokens. */
    int forgetUnusable() {
        Instant now = clock.instant();
        return jdbc.sql("DELETE FROM run_secret WHERE (expires_at IS NOT NULL AND expires_at <= ?) OR EXISTS"
                        + " (SELECT 1 FROM provisioning_run r WHERE r.id = run_secret.run_id AND r.updated_at <= ?)")
                .params(utc(now), utc(now.minus(retention)))
                .update();
    }

    private Optional<Stored> usable(long runId, RunSecretName name) {
        return jdbc.sql(SELECT_KEPT + " AND s.name = ?")
                .params(runId, name.name())
                .query((row, number) -> stored(row))
                .optional()
                .filter(this::usable);
    }

    private boolean usable(Stored stored) {
        return stored.keptUntil().isAfter(clock.instant());
    }

    private Stored stored(java.sql.ResultSet row) throws java.sql.SQLException {
        Instant expiresAt = instant(row.getObject("expires_at", OffsetDateTime.class));
        Instant retainedUntil =
                instant(row.getObject("updated_at", OffsetDateTime.class)).plus(retention);
        return new Stored(
                RunSecretName.valueOf(row.getString("name")),
                row.getString("sealed"),
                expiresAt == null || retainedUntil.isBefore(expiresAt) ? retainedUntil : expiresAt);
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

    /** A sealed value; {@code toString()} shows only ciphertext, which the key file must open. */
    private record Stored(RunSecretName name, String sealed, Instant keptUntil) {}
}
