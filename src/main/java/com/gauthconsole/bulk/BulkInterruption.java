package com.gauthconsole.bulk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * No job waits forever for a console that stopped. At start-up of a console alone on its database every running job
 * is dead; with several instances a running job is dead once its heartbeat is older than {@code
 * console.bulk.dead-after}, which every instance checks periodically. A dead job's unfinished rows become interrupted
 * (their runs' attempts are swept by the run engine the same way). Checked uploads never started are dropped after
 * {@code console.bulk.preview-lifetime}, their sealed secrets with them.
 */
@Component
class BulkInterruption {

    private static final Logger log = LoggerFactory.getLogger(BulkInterruption.class);

    private static final String STOPPED = "The console running this job stopped before this row ended. Its run, if it"
            + " has one, shows how far it got; a lead can re-run its step from there.";

    private final BulkJobStore store;
    private final BulkRunner runner;
    private final BulkProperties properties;
    private final Clock clock;

    BulkInterruption(BulkJobStore store, BulkRunner runner, BulkProperties properties, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        if (properties.singleInstance()) {
            interrupt(store.running());
        } else {
            sweep();
        }
    }

    @Scheduled(
            fixedDelayString = "${console.bulk.sweep-every:30s}",
            initialDelayString = "${console.bulk.sweep-every:30s}")
    void sweep() {
        Instant now = clock.instant();
        interrupt(store.runningSilentSince(now.minus(properties.deadAfter())).stream()
                .filter(jobId -> !runner.runsHere(jobId))
                .toList());
        int dropped = store.deletePreviewsCreatedBefore(now.minus(properties.previewLifetime()));
        if (dropped > 0) {
            log.info("Dropped {} checked bulk upload(s) nobody started", dropped);
        }
    }

    private void interrupt(List<Long> jobIds) {
        jobIds.forEach(jobId -> {
            log.warn("Bulk job {} was left running by a stopped console: its unfinished rows are interrupted", jobId);
            runner.interrupt(jobId, STOPPED);
        });
    }
}
