package com.gauthconsole.run;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lists of runs the dashboard shows. */
@Service
@Transactional(readOnly = true)
public class RunQueries {

    private static final PageRequest FIRST_TEN = PageRequest.of(0, 10);

    private final RunRepository runs;

    RunQueries(RunRepository runs) {
        this.runs = runs;
    }

    public List<RunSummary> startedBy(String username) {
        return runs.findByStartedByOrderByUpdatedAtDesc(username, FIRST_TEN).stream()
                .map(RunSummary::of)
                .toList();
    }

    public List<RunSummary> recent() {
        return runs.findAllByOrderByUpdatedAtDesc(FIRST_TEN).stream()
                .map(RunSummary::of)
                .toList();
    }

    public List<RunSummary> needingAttention() {
        return runs.findByStatusOrderByUpdatedAtDesc(RunStatus.FAILED, FIRST_TEN).stream()
                .map(RunSummary::of)
                .toList();
    }
}
