package com.gauthconsole.audit;

import com.gauthconsole.secondfactor.SecondFactorChanged;
import com.gauthconsole.user.PasswordChanged;
import com.gauthconsole.user.UserAccountChanged;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what administrators do to user accounts. The listener runs in the publisher's transaction, so a change
 * and its event are committed together.
 */
@Component
class AccountEventsAudit {

    private final AuditLog auditLog;

    AccountEventsAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(UserAccountChanged changed) {
        auditLog.append(new AuditEntry(
                kindOf(changed.change()),
                changed.actor(),
                "user " + changed.username(),
                null,
                Map.of("roles", changed.roles())));
    }

    @EventListener
    void on(PasswordChanged changed) {
        auditLog.append(new AuditEntry(
                AuditEventKind.PASSWORD_CHANGED,
                changed.username(),
                "user " + changed.username(),
                null,
                Map.of("address", changed.address(), "required", Boolean.toString(changed.required()))));
    }

    @EventListener
    void on(SecondFactorChanged changed) {
        auditLog.append(new AuditEntry(
                switch (changed.change()) {
                    case ENROLLED -> AuditEventKind.SECOND_FACTOR_ENROLLED;
                    case DISABLED -> AuditEventKind.SECOND_FACTOR_DISABLED;
                    case RECOVERY_CODES_REPLACED -> AuditEventKind.RECOVERY_CODES_REPLACED;
                },
                changed.username(),
                "user " + changed.username(),
                null,
                Map.of("address", changed.address())));
    }

    private static AuditEventKind kindOf(UserAccountChanged.Change change) {
        return switch (change) {
            case CREATED -> AuditEventKind.USER_CREATED;
            case ROLES_CHANGED -> AuditEventKind.USER_ROLES_CHANGED;
            case DISABLED -> AuditEventKind.USER_DISABLED;
            case ENABLED -> AuditEventKind.USER_ENABLED;
            case PASSWORD_RESET -> AuditEventKind.USER_PASSWORD_RESET;
            case SECOND_FACTOR_RESET -> AuditEventKind.USER_SECOND_FACTOR_RESET;
        };
    }
}
