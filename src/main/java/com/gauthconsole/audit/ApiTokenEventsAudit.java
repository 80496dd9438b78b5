package com.gauthconsole.audit;

import com.gauthconsole.api.ApiTokenChanged;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the creation and revocation of personal API tokens, in the transaction that makes them. */
@Component
class ApiTokenEventsAudit {

    private final AuditLog auditLog;

    ApiTokenEventsAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(ApiTokenChanged changed) {
        auditLog.append(new AuditEntry(
                switch (changed.change()) {
                    case CREATED -> AuditEventKind.API_TOKEN_CREATED;
                    case REVOKED -> AuditEventKind.API_TOKEN_REVOKED;
                },
                changed.actor(),
                "user " + changed.username(),
                null,
                Map.of(
                        "token", changed.tokenName(),
                        "lookupId", changed.lookupId(),
                        "roles", changed.roles(),
                        "expiresAt", changed.expiresAt().toString())));
    }
}
