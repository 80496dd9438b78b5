package com.gauthconsole.audit;

import com.gauthconsole.run.AttemptFinished;
import com.gauthconsole.run.FinishedAttempt;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every step attempt once, when it reaches its final state, with its redacted request and response, in the
 * transaction that writes that state: the attempt, its event and its rows in the history's indexes are committed
 * together or not at all.
 */
@Component
class StepEventsAudit {

    private final AuditLog auditLog;
    private final RunIndex runIndex;
    private final DailyTallies tallies;

    StepEventsAudit(AuditLog auditLog, RunIndex runIndex, DailyTallies tallies) {
        this.auditLog = auditLog;
        this.runIndex = runIndex;
        this.tallies = tallies;
    }

    @EventListener
    void on(AttemptFinished finished) {
        FinishedAttempt attempt = finished.attempt();
        long runId = finished.run().id();
        runIndex.record(finished.run());
        AuditEvent event = auditLog.append(new AuditEntry(
                AuditEventKind.of(attempt.kind()),
                attempt.actor(),
                "run " + runId + ", step " + attempt.step().number(),
                runId,
                AttemptDetails.of(attempt)));
        tallies.count(IndexedAttempt.of(event, attempt, finished.run().targetName()));
    }
}
