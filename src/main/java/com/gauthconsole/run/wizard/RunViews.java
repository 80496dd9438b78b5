package com.gauthconsole.run.wizard;

import com.gauthconsole.run.AttemptStatus;
import com.gauthconsole.run.AttemptView;
import com.gauthconsole.run.FailureAdvice;
import com.gauthconsole.run.PrettyJson;
import com.gauthconsole.run.RunSnapshot;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.KeptSecret;
import com.gauthconsole.run.engine.ProvisioningRun;
import com.gauthconsole.run.engine.RunProgress;
import com.gauthconsole.run.engine.StepAttempt;
import com.gauthconsole.run.engine.StepInputs;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns runs and attempts into the view records the pages use. */
@Component
public class RunViews {

    private final StepInputs json;

    RunViews(StepInputs json) {
        this.json = json;
    }

    RunOverview overview(ProvisioningRun run, List<StepAttempt> attempts, List<KeptSecret> keptSecrets) {
        RunProgress progress = new RunProgress(attempts);
        Step current = progress.current().orElse(null);
        List<StepState> steps = new ArrayList<>();
        for (Step step : Step.values()) {
            AttemptStatus latest =
                    progress.latest(step).map(StepAttempt::status).orElse(null);
            steps.add(new StepState(step, state(step, latest, current)));
        }
        return new RunOverview(
                RunSnapshot.of(run),
                List.copyOf(steps),
                current,
                keptSecrets,
                run.status().open()
                        && run.clientId() != null
                        && current != null
                        && !KeptSecret.tokensPossible(keptSecrets));
    }

    AttemptView attempt(StepAttempt attempt) {
        return new AttemptView(
                attempt.id(),
                attempt.step(),
                attempt.attemptNumber(),
                attempt.actor(),
                attempt.startedAt(),
                attempt.finishedAt(),
                attempt.status(),
                attempt.kind(),
                attempt.reRunOf(),
                json.readChanges(attempt.inputChanges()),
                attempt.requestMethod(),
                attempt.requestUrl(),
                json.readHeaders(attempt.requestHeaders()),
                PrettyJson.of(attempt.requestBody()),
                attempt.responseStatus(),
                PrettyJson.of(attempt.responseBody()),
                attempt.durationMs(),
                json.readIds(attempt.returnedIds()),
                attempt.failureReason(),
                attempt.failureKind(),
                FailureAdvice.of(attempt.status(), attempt.failureKind(), attempt.responseStatus(), attempt.step())
                        .orElse(null));
    }

    private static StepState.State state(Step step, AttemptStatus latest, Step current) {
        if (latest == null) {
            return step == current ? StepState.State.CURRENT : StepState.State.PENDING;
        }
        return switch (latest) {
            case SUCCEEDED -> StepState.State.DONE;
            case SKIPPED -> StepState.State.SKIPPED;
            case FAILED -> StepState.State.FAILED;
            case INTERRUPTED -> StepState.State.INTERRUPTED;
            case RUNNING -> StepState.State.RUNNING;
        };
    }
}
