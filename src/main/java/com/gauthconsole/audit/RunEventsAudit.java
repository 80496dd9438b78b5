package com.gauthconsole.audit;

import com.gauthconsole.run.RunChanged;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records runs started, finished, abandoned and moved, and client secrets given again, in the transaction of the
 * change; each event names its run, and the history's index of runs follows it.
 */
@Component
class RunEventsAudit {

    private final AuditLog auditLog;
    private final RunIndex runIndex;

    RunEventsAudit(AuditLog auditLog, RunIndex runIndex) {
        this.auditLog = auditLog;
        this.runIndex = runIndex;
    }

    @EventListener
    void on(RunChanged changed) {
        runIndex.record(changed.run());
        auditLog.append(new AuditEntry(
                switch (changed.change()) {
                    case STARTED -> AuditEventKind.RUN_CREATED;
                    case FINISHED -> AuditEventKind.RUN_FINISHED;
                    case ABANDONED -> AuditEventKind.RUN_ABANDONED;
                    case MOVED -> AuditEventKind.RUN_MOVED;
                    case CLIENT_SECRET_GIVEN_AGAIN -> AuditEventKind.RUN_CLIENT_SECRET_GIVEN_AGAIN;
                },
                changed.actor(),
                "run " + changed.runId(),
                changed.runId(),
                switch (changed.change()) {
                    case STARTED -> started(changed);
                    case FINISHED -> Map.of("status", changed.run().status().name());
                    case ABANDONED -> Map.of("reason", changed.detail());
                    case MOVED -> Map.of("url", changed.detail());
                    case CLIENT_SECRET_GIVEN_AGAIN -> Map.of();
                }));
    }

    /** Where the run provisions, and the run it was started from, if any. */
    private static Map<String, String> started(RunChanged changed) {
        Map<String, String> details = new HashMap<>();
        details.put("target", changed.run().targetName());
        details.put("url", changed.run().targetUrl());
        details.put("clusterDomain", changed.run().clusterDomain());
        details.put("customerDomain", changed.run().customerDomain());
        if (!changed.detail().isEmpty()) {
            details.put("startedFrom", changed.detail());
        }
        return details;
    }
}
