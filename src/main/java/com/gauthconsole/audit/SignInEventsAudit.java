package com.gauthconsole.audit;

import com.gauthconsole.secondfactor.SecondFactorAttempted;
import com.gauthconsole.security.CompanySignInAttempted;
import com.gauthconsole.security.SessionsEnded;
import com.gauthconsole.security.SignInAttempted;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins (the password, then the second factor where there is one), sign-outs and sessions an
 * administrator ended. A failed sign-in names its user only when that is an existing account: a name that
 * is none is often a password typed into the wrong field.
 */
@Component
class SignInEventsAudit {

    private final AuditLog auditLog;

    SignInEventsAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(SignInAttempted attempt) {
        auditLog.append(new AuditEntry(
                switch (attempt.outcome()) {
                    case SUCCEEDED -> AuditEventKind.SIGN_IN_SUCCEEDED;
                    case PASSWORD_ACCEPTED -> AuditEventKind.SIGN_IN_PASSWORD_ACCEPTED;
                    case FAILED -> AuditEventKind.SIGN_IN_FAILED;
                    case LOCKED -> AuditEventKind.SIGN_IN_LOCKED;
                },
                attempt.username(),
                attempt.username() == null ? "a name that is no account" : "user " + attempt.username(),
                null,
                Map.of("address", attempt.address(), "failures", Integer.toString(attempt.failures()))));
    }

    @EventListener
    void on(SecondFactorAttempted attempt) {
        Map<String, String> details = new TreeMap<>();
        details.put("address", attempt.address());
        details.put("failures", Integer.toString(attempt.failures()));
        if (attempt.method() != null) {
            details.put("method", attempt.method().name());
        }
        auditLog.append(new AuditEntry(
                switch (attempt.outcome()) {
                    case SUCCEEDED -> AuditEventKind.SECOND_FACTOR_SUCCEEDED;
                    case FAILED -> AuditEventKind.SECOND_FACTOR_FAILED;
                    case LOCKED -> AuditEventKind.SECOND_FACTOR_LOCKED;
                },
                attempt.username(),
                "user " + attempt.username(),
                null,
                details));
    }

    @EventListener
    void on(SessionsEnded ended) {
        auditLog.append(new AuditEntry(
                AuditEventKind.SESSIONS_ENDED,
                ended.endedBy(),
                "user " + ended.username(),
                null,
                Map.of("sessions", Integer.toString(ended.sessions()))));
    }

    @EventListener
    void on(CompanySignInAttempted attempt) {
        Map<String, String> details = new TreeMap<>();
        details.put("provider", attempt.provider());
        details.put("address", attempt.address());
        details.put(
                attempt.outcome() == CompanySignInAttempted.Outcome.SUCCEEDED ? "roles" : "reason", attempt.detail());
        auditLog.append(new AuditEntry(
                switch (attempt.outcome()) {
                    case SUCCEEDED -> AuditEventKind.COMPANY_SIGN_IN_SUCCEEDED;
                    case REFUSED -> AuditEventKind.COMPANY_SIGN_IN_REFUSED;
                    case FAILED -> AuditEventKind.COMPANY_SIGN_IN_FAILED;
                },
                attempt.username(),
                attempt.username() == null ? "a sign-in through " + attempt.provider() : "user " + attempt.username(),
                null,
                details));
    }

    @EventListener
    void on(LogoutSuccessEvent signedOut) {
        String user = signedOut.getAuthentication().getName();
        auditLog.append(new AuditEntry(AuditEventKind.SIGN_OUT, user, "user " + user, null, Map.of()));
    }
}
