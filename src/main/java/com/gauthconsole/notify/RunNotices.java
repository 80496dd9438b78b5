package com.gauthconsole.notify;

import com.gauthconsole.run.AttemptFinished;
import com.gauthconsole.run.AttemptStatus;
import com.gauthconsole.run.FinishedAttempt;
import com.gauthconsole.run.RunSnapshot;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A step attempt that failed or was interrupted becomes a notice, in the transaction that records the attempt; every
 * other attempt is no news. The notice carries who, which customer, target and step, the kind of failure and the
 * link to the run, but not the failure's reason, which may quote GAuth: the run's page has it.
 */
@Component
class RunNotices {

    private final Notices notices;

    RunNotices(Notices notices) {
        this.notices = notices;
    }

    @EventListener
    void on(AttemptFinished finished) {
        FinishedAttempt attempt = finished.attempt();
        if (!attempt.status().needsAttention() || !notices.enabled()) {
            return;
        }
        RunSnapshot run = finished.run();
        boolean interrupted = attempt.status() == AttemptStatus.INTERRUPTED;
        String failureKind =
                interrupted ? AttemptStatus.INTERRUPTED.name() : Objects.requireNonNullElse(attempt.failureKind(), "");
        String step = attempt.step().number() + " (" + attempt.step().title() + ")";
        String link = notices.link("/runs/{id}", run.id());
        String title = "Run " + run.id() + (interrupted ? " was interrupted" : " failed") + " at step " + step + " for "
                + run.customerDomain();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("who", attempt.actor());
        fields.put("customer", run.customerDomain());
        fields.put("target", run.targetName());
        fields.put("run", String.valueOf(run.id()));
        fields.put("step", step);
        fields.put("failureKind", failureKind);
        fields.put("link", link);
        notices.post(new Notice(
                interrupted ? "RUN_INTERRUPTED" : "RUN_FAILED",
                "run " + run.id(),
                title,
                title + " on " + run.targetName() + " (" + failureKind + "), attempted by " + attempt.actor() + ". "
                        + link,
                fields));
    }
}
