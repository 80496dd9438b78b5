package com.gauthconsole.audit;

import com.gauthconsole.bulk.BulkJobFinished;
import com.gauthconsole.bulk.BulkJobStarted;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records bulk jobs as they start and end, in the transaction of the change; each row's run records its own events
 * as any run does.
 */
@Component
class BulkEventsAudit {

    private final AuditLog auditLog;

    BulkEventsAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(BulkJobStarted started) {
        auditLog.append(new AuditEntry(
                AuditEventKind.BULK_JOB_STARTED,
                started.startedBy(),
                "bulk job " + started.jobId(),
                null,
                Map.of("rows", started.rows(), "link", started.link())));
    }

    @EventListener
    void on(BulkJobFinished finished) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", finished.status().name());
        details.put("rows", finished.rows());
        details.put("succeeded", finished.succeeded());
        details.put("failed", finished.failed());
        details.put("interrupted", finished.interrupted());
        details.put("link", finished.link());
        auditLog.append(new AuditEntry(
                AuditEventKind.BULK_JOB_FINISHED, finished.startedBy(), "bulk job " + finished.jobId(), null, details));
    }
}
