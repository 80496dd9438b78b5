package com.gauthconsole.audit;

import com.gauthconsole.targets.TargetChanged;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records what leads do to GAuth targets, in the transaction of the change: which fields, never the password. */
@Component
class TargetEventsAudit {

    private final AuditLog auditLog;

    TargetEventsAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(TargetChanged changed) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("baseUrl", changed.baseUrl());
        if (!changed.fields().isEmpty()) {
            details.put("fields", String.join(", ", changed.fields()));
        }
        auditLog.append(new AuditEntry(
                switch (changed.change()) {
                    case CREATED -> AuditEventKind.TARGET_CREATED;
                    case CHANGED -> AuditEventKind.TARGET_CHANGED;
                    case DELETED -> AuditEventKind.TARGET_DELETED;
                },
                changed.actor(),
                "target " + changed.name(),
                null,
                details));
    }
}
