package com.gauthconsole.audit;

import com.gauthconsole.secret.Redactor;
import com.gauthconsole.secret.Secret;
import com.gauthconsole.secret.SecretsProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fingerprints a value an auditor or lead already knows, to find the runs that sent or received it. Each check can
 * test one guess against every recorded fingerprint, so checks are few per user and day, and each is recorded with
 * who and when.
 */
@Service
class FingerprintChecks {

    static final Duration WINDOW = Duration.ofDays(1);
    private static final int RUNS_SHOWN = 20;
    private static final Logger log = LoggerFactory.getLogger(FingerprintChecks.class);

    private final JdbcClient jdbc;
    private final Redactor redactor;
    private final Clock clock;
    private final int perDay;

    FingerprintChecks(JdbcClient jdbc, Redactor redactor, Clock clock, SecretsProperties properties) {
        this.jdbc = jdbc;
        this.redactor = redactor;
        this.clock = clock;
        this.perDay = properties.fingerprintChecksPerDay();
    }

    /** How many checks the user has left now. */
    int remaining(String user) {
        return Math.max(
                0, perDay - usedSince(user, clock.instant().minus(WINDOW)).size());
    }

    @Transactional
    FingerprintCheck check(String user, Secret value) {
        Instant now = clock.instant();
        List<Instant> used = usedSince(user, now.minus(WINDOW));
        if (used.size() >= perDay) {
            throw new FingerprintChecksUsedUp(
                    perDay, used.isEmpty() ? now : used.get(0).plus(WINDOW));
        }
        String marker = redactor.mask(value);
        jdbc.sql("INSERT INTO fingerprint_check (checked_by, checked_at, fingerprint) VALUES (?, ?, ?)")
                .params(user, now.atOffset(ZoneOffset.UTC), marker)
                .update();
        log.info("Fingerprint check by {}: {}", user, marker);
        return new FingerprintCheck(marker, runsShowing(marker), perDay - used.size() - 1);
    }

    private List<Instant> usedSince(String user, Instant since) {
        return jdbc.sql("SELECT checked_at FROM fingerprint_check WHERE checked_by = ? AND checked_at > ?"
                        + " ORDER BY checked_at")
                .params(user, since.atOffset(ZoneOffset.UTC))
                .query((row, number) ->
                        row.getObject("checked_at", OffsetDateTime.class).toInstant())
                .list();
    }

    private List<Long> runsShowing(String marker) {
        String anywhere = "%" + marker + "%";
        return jdbc.sql("SELECT DISTINCT run_id FROM step_attempt WHERE request_url LIKE :v OR request_headers LIKE :v"
                        + " OR request_body LIKE :v OR response_body LIKE :v OR inputs LIKE :v"
                        + " ORDER BY run_id DESC FETCH FIRST " + RUNS_SHOWN + " ROWS ONLY")
                .param("v", anywhere)
                .query(Long.class)
                .list();
    }
}
