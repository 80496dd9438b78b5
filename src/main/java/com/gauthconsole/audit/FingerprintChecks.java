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
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fingerprints a value an auditor or lead already knows, to find the runs that sent or received it. Each check can
 * test one guess against every recorded fingerprint, so checks are few per user and day, and each is an event of the
 * audit log with who and when.
 */
@Service
class FingerprintChecks {

    static final Duration WINDOW = Duration.ofDays(1);
    private static final int RUNS_SHOWN = 20;

    private final JdbcClient jdbc;
    private final Redactor redactor;
    private final AuditLog auditLog;
    private final Clock clock;
    private final int perDay;

    FingerprintChecks(
            JdbcClient jdbc, Redactor redactor, AuditLog auditLog, Clock clock, SecretsProperties properties) {
        this.jdbc = jdbc;
        this.redactor = redactor;
        this.auditLog = auditLog;
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
        auditLog.append(new AuditEntry(
                AuditEventKind.FINGERPRINT_CHECKED, user, "fingerprint", null, Map.of("fingerprint", marker)));
        return new FingerprintCheck(marker, runsShowing(marker), perDay - used.size() - 1);
    }

    private List<Instant> usedSince(String user, Instant since) {
        return jdbc.sql("SELECT occurred_at FROM audit_event WHERE actor = ? AND kind = ? AND occurred_at > ?"
                        + " ORDER BY seq")
                .params(user, AuditEventKind.FINGERPRINT_CHECKED.name(), since.atOffset(ZoneOffset.UTC))
                .query((row, number) ->
                        row.getObject("occurred_at", OffsetDateTime.class).toInstant())
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
