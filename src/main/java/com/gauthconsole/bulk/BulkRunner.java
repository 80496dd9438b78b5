package com.gauthconsole.bulk;

import com.gauthconsole.run.engine.Actor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the rows of a started job on this instance, at most {@code console.bulk.parallel} at a time (one worker
 * thread each), a failed row never stopping the others. While it runs, the instance moves the job's heartbeat
 * forward, so that other instances can tell it is alive; the last row to end ends the job.
 */
@Component
class BulkRunner {

    private static final Logger log = LoggerFactory.getLogger(BulkRunner.class);

    private final BulkJobStore store;
    private final RowForms forms;
    private final RowRun rowRun;
    private final BulkProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Set<Long> active = ConcurrentHashMap.newKeySet();

    BulkRunner(
            BulkJobStore store,
            RowForms forms,
            RowRun rowRun,
            BulkProperties properties,
            Clock clock,
            TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.store = store;
        this.forms = forms;
        this.rowRun = rowRun;
        this.properties = properties;
        this.clock = clock;
        this.transaction = transaction;
        this.events = events;
    }

    void run(BulkJobStore.Job job) {
        List<Integer> pending = store.pendingRows(job.id());
        if (pending.isEmpty()) {
            end(job.id(), JobStatus.FINISHED);
            return;
        }
        active.add(job.id());
        AtomicInteger remaining = new AtomicInteger(pending.size());
        ExecutorService workers = Executors.newFixedThreadPool(properties.parallel(), workerThreads(job.id()));
        for (int row : pending) {
            workers.execute(() -> {
                try {
                    runRow(job, row);
                } finally {
                    if (remaining.decrementAndGet() == 0) {
                        end(job.id(), JobStatus.FINISHED);
                    }
                }
            });
        }
        workers.shutdown();
    }

    private void runRow(BulkJobStore.Job job, int number) {
        Optional<UploadRow> row = store.claim(job.id(), number, clock.instant());
        if (row.isEmpty()) {
            return;
        }
        RowOutcome outcome;
        try {
            outcome = rowRun.run(
                    forms.plan(row.get()),
                    new Actor(job.startedBy(), job.startedByLead()),
                    runId -> store.runStarted(job.id(), number, runId));
        } catch (RuntimeException unexpected) {
            log.error("Row {} of bulk job {} failed inside the console", number, job.id(), unexpected);
            outcome = RowOutcome.failed(
                    null,
                    "The console itself failed while running this row; its log has the details. Check the row's run,"
                            + " if it has one, before provisioning the customer again.");
        }
        store.endRow(job.id(), number, outcome.state(), outcome.contactCenterId(), outcome.reason(), clock.instant());
    }

    /**
     * Takes a job whose console stopped as ended: the rows it had not ended become interrupted with the reason. A
     * worker of a job taken as dead by mistake (a long pause) finds its rows interrupted and leaves them so.
     */
    void interrupt(long jobId, String reason) {
        active.remove(jobId);
        transaction.executeWithoutResult(done -> {
            store.interruptRows(jobId, reason, clock.instant());
            publishEnd(jobId, JobStatus.INTERRUPTED);
        });
    }

    /** Ends the job and publishes it in one transaction; nothing when it had ended already (taken as dead). */
    private void end(long jobId, JobStatus status) {
        active.remove(jobId);
        transaction.executeWithoutResult(done -> publishEnd(jobId, status));
    }

    private void publishEnd(long jobId, JobStatus status) {
        {
            if (store.endJob(jobId, status, clock.instant())) {
                List<BulkRowView> rows = store.rows(jobId);
                events.publishEvent(new BulkJobFinished(
                        jobId,
                        store.job(jobId).orElseThrow().startedBy(),
                        status,
                        rows.size(),
                        count(rows, RowState.SUCCEEDED),
                        count(rows, RowState.FAILED),
                        count(rows, RowState.INTERRUPTED),
                        BulkJobFinished.linkOf(jobId)));
                log.info("Bulk job {} {}", jobId, status);
            }
        }
    }

    /** The jobs this instance runs are alive: their heartbeat moves forward. */
    @Scheduled(fixedDelayString = "${console.bulk.heartbeat-every:10s}")
    void heartbeat() {
        if (!active.isEmpty()) {
            store.heartbeat(active, clock.instant());
        }
    }

    boolean runsHere(long jobId) {
        return active.contains(jobId);
    }

    private static int count(List<BulkRowView> rows, RowState state) {
        return (int) rows.stream().filter(row -> row.state() == state).count();
    }

    private static ThreadFactory workerThreads(long jobId) {
        AtomicInteger next = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "bulk-job-" + jobId + "-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
