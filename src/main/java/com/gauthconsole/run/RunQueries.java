package com.gauthconsole.run;

import com.gauthconsole.run.engine.ProvisioningRun;
import com.gauthconsole.run.engine.RunRepository;
import com.gauthconsole.run.engine.StepAttemptRepository;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lists of runs the dashboard shows. */
@Service
@Transactional(readOnly = true)
public class RunQueries {

    private static final PageRequest FIRST_TEN = PageRequest.of(0, 10);

    private final RunRepository runs;
    private final StepAttemptRepository attempts;

    RunQueries(RunRepository runs, StepAttemptRepository attempts) {
        this.runs = runs;
        this.attempts = attempts;
    }

    public List<RunSummary> startedBy(String username) {
        return summaries(runs.findByStartedByOrderByUpdatedAtDesc(username, FIRST_TEN));
    }

    public List<RunSummary> recent() {
        return summaries(runs.findAllByOrderByUpdatedAtDesc(FIRST_TEN));
    }

    public List<RunSummary> needingAttention() {
        return summaries(runs.findByStatusOrderByUpdatedAtDesc(RunStatus.FAILED, FIRST_TEN));
    }

    /** One query tells which of the listed runs have a step RUNNING, so that the list can follow them. */
    private List<RunSummary> summaries(List<ProvisioningRun> listed) {
        Set<Long> running = listed.isEmpty()
                ? Set.of()
                : attempts.findRunIdsByStatus(
                        AttemptStatus.RUNNING,
                        listed.stream().map(ProvisioningRun::id).toList());
        return listed.stream()
                .map(run -> RunSummary.of(run, running.contains(run.id())))
                .toList();
    }
}
