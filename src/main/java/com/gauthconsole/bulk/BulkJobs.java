package com.gauthconsole.bulk;

import com.gauthconsole.run.engine.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Bulk provisioning, for the pages and any other caller: check an upload of customers (kept, to be started, only when
 * every row passes), start it, read a job with its rows, and its result as CSV. The rows run as ordinary runs of the
 * wizard, acting as the uploader.
 */
@Service
public class BulkJobs {

    private static final Logger log = LoggerFactory.getLogger(BulkJobs.class);
    private static final int RECENT = 20;

    private final UploadReader reader;
    private final RowForms forms;
    private final BulkJobStore store;
    private final BulkRunner runner;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BulkJobs(
            UploadReader reader,
            RowForms forms,
            BulkJobStore store,
            BulkRunner runner,
            Clock clock,
            ApplicationEventPublisher events) {
        this.reader = reader;
        this.forms = forms;
        this.store = store;
        this.runner = runner;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Checks every row of the upload with the wizard's checks, before anything is called. With no problem the job is
     * kept (its secrets sealed) for its uploader to start; with any, nothing is kept.
     *
     * @param lead whether the uploader is a lead, as their runs will act
     * @throws UploadRefused when the file as a whole cannot be read as customers
     */
    @Transactional
    public BulkCheck check(String uploader, boolean lead, InputStream csv) {
        List<UploadRow> rows = reader.read(csv);
        Map<Integer, RowPlan> plans = new TreeMap<>();
        List<RowProblem> problems = new ArrayList<>();
        for (UploadRow row : rows) {
            RowForms.Checked checked = forms.check(row);
            problems.addAll(checked.problems());
            if (checked.plan() != null) {
                plans.put(row.number(), checked.plan());
            }
        }
        problems.addAll(SameTargetClashes.in(plans));
        Long jobId = null;
        if (problems.isEmpty()) {
            jobId = store.create(
                    uploader,
                    lead,
                    rows.stream()
                            .map(row -> withClientId(row, plans.get(row.number())))
                            .toList(),
                    clock.instant());
        }
        return new BulkCheck(
                jobId, rows.stream().map(row -> checkedRow(row, problems)).toList(), problems);
    }

    /**
     * Starts a checked job: its rows begin to run on this instance once the start is committed, acting as a lead
     * when the uploader is one when starting it (not when uploading it).
     */
    @Transactional
    public void start(long jobId, Actor actor) {
        BulkJobStore.Job job = ownJob(jobId, actor.name());
        if (!store.startJob(jobId, actor.lead(), clock.instant())) {
            throw new BulkJobRefused("This job is " + job.status().name().toLowerCase() + " already.");
        }
        BulkJobStore.Job started = store.job(jobId).orElseThrow(() -> new BulkJobNotFound(jobId));
        int rows = store.pendingRows(jobId).size();
        events.publishEvent(new BulkJobStarted(jobId, actor.name(), rows, BulkJobFinished.linkOf(jobId)));
        log.info("{} started bulk job {} with {} rows", actor.name(), jobId, rows);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runner.run(started);
            }
        });
    }

    /** Drops a checked job that was not started, with its sealed secrets. */
    @Transactional
    public void discard(long jobId, String actor) {
        ownJob(jobId, actor);
        if (!store.deletePreview(jobId)) {
            throw new BulkJobRefused("This job has started: it cannot be dropped any more.");
        }
    }

    @Transactional(readOnly = true)
    public BulkJobView job(long jobId) {
        BulkJobStore.Job job = store.job(jobId).orElseThrow(() -> new BulkJobNotFound(jobId));
        return view(job, store.rows(jobId));
    }

    /** The latest jobs, newest first, without their rows. */
    @Transactional(readOnly = true)
    public List<BulkJobView> recent() {
        return store.recent(RECENT).stream().map(job -> view(job, List.of())).toList();
    }

    /** The job's result as CSV, without any secret. */
    public void writeResult(long jobId, Writer out) {
        ResultCsv.write(job(jobId), out);
    }

    /** The upload's template: the header and one example customer. */
    public String template() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180
                .builder()
                .setHeader(Arrays.stream(BulkColumn.values())
                        .map(BulkColumn::header)
                        .toArray(String[]::new))
                .get()
                .print(out)) {
            printer.printRecord(Arrays.stream(BulkColumn.values()).map(BulkColumn::example));
        } catch (IOException cannot) {
            throw new UncheckedIOException(cannot);
        }
        return out.toString();
    }

    private static BulkJobView view(BulkJobStore.Job job, List<BulkRowView> rows) {
        return new BulkJobView(
                job.id(), job.startedBy(), job.status(), job.createdAt(), job.startedAt(), job.finishedAt(), rows);
    }

    private BulkJobStore.Job ownJob(long jobId, String actor) {
        BulkJobStore.Job job = store.job(jobId).orElseThrow(() -> new BulkJobNotFound(jobId));
        if (!job.startedBy().equals(actor)) {
            throw new BulkJobRefused("Only " + job.startedBy() + ", who uploaded this job, can start or drop it.");
        }
        return job;
    }

    /** The row as kept: the client ID it will create, the wizard's default when its cell was empty. */
    private static UploadRow withClientId(UploadRow row, RowPlan plan) {
        Map<BulkColumn, String> cells = new java.util.EnumMap<>(row.cells());
        cells.put(BulkColumn.CLIENT_ID, plan.client().clientId());
        return new UploadRow(row.number(), cells, row.secrets(), row.problems());
    }

    private static BulkCheck.CheckedRow checkedRow(UploadRow row, List<RowProblem> problems) {
        Map<BulkColumn, String> problemOf = problems.stream()
                .filter(problem -> problem.row() == row.number())
                .collect(Collectors.toMap(RowProblem::column, RowProblem::message, (first, second) -> first));
        return new BulkCheck.CheckedRow(
                row.number(),
                Arrays.stream(BulkColumn.values())
                        .map(column -> new BulkCheck.Cell(
                                column.header(),
                                column.secret() ? (row.secret(column).isEmpty() ? "" : "given") : row.cell(column),
                                problemOf.get(column)))
                        .toList());
    }
}
