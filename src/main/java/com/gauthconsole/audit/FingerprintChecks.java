package com.gauthconsole.audit;

import com.gauthconsole.limit.RateLimiter;
import com.gauthconsole.secret.Redactor;
import com.gauthconsole.secret.Secret;
import com.gauthconsole.secret.SecretsProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fingerprints a value an auditor or lead already knows, to find the runs that sent or received it. Each check can
 * test one guess against every recorded fingerprint, so checks are few per user and day (counted by the console's
 * one {@link RateLimiter}, shared by every instance), and each is an event of the audit log with who and when.
 */
@Service
class FingerprintChecks {

    static final String LIMIT = "fingerprint-check";
    static final Duration WINDOW = Duration.ofDays(1);
    private static final int RUNS_SHOWN = 20;

    private final JdbcClient jdbc;
    private final Redactor redactor;
    private final AuditLog auditLog;
    private final RateLimiter limiter;
    private final int perDay;

    FingerprintChecks(
            JdbcClient jdbc, Redactor redactor, AuditLog auditLog, RateLimiter limiter, SecretsProperties properties) {
        this.jdbc = jdbc;
        this.redactor = redactor;
        this.auditLog = auditLog;
        this.limiter = limiter;
        this.perDay = properties.fingerprintChecksPerDay();
    }

    /** How many checks the user has left in their current 24 hours. */
    int remaining(String user) {
        return limiter.remaining(LIMIT, user, perDay);
    }

    @Transactional
    FingerprintCheck check(String user, Secret value) {
        if (!limiter.tryAcquire(LIMIT, user, perDay, WINDOW)) {
            throw new FingerprintChecksUsedUp(perDay);
        }
        String marker = redactor.mask(value);
        // As an Authorization credential: a token, or "user:password" whose Base64 a Basic header carries.
        String credential = redactor.maskCredential(value.reveal());
        String basic = redactor.maskCredential(
                Base64.getEncoder().encodeToString(value.reveal().getBytes(StandardCharsets.UTF_8)));
        auditLog.append(new AuditEntry(
                AuditEventKind.FINGERPRINT_CHECKED, user, "fingerprint", null, Map.of("fingerprint", marker)));
        return new FingerprintCheck(marker, runsShowing(List.of(marker, credential, basic)), remaining(user));
    }

    /** The newest runs whose recorded attempts show any of the markers (a scan, bounded by the checks per day). */
    private List<Long> runsShowing(List<String> markers) {
        String anyMarker = IntStream.range(0, markers.size())
                .mapToObj(i -> "details LIKE :m" + i)
                .collect(Collectors.joining(" OR "));
        JdbcClient.StatementSpec query = jdbc.sql("SELECT DISTINCT run_id FROM audit_event WHERE kind IN "
                + AuditEventKind.ATTEMPTS_SQL + " AND (" + anyMarker + ") ORDER BY run_id DESC FETCH FIRST "
                + RUNS_SHOWN + " ROWS ONLY");
        for (int i = 0; i < markers.size(); i++) {
            query = query.param("m" + i, "%" + markers.get(i) + "%");
        }
        return query.query(Long.class).list();
    }
}
