package com.gauthconsole.run.wizard;

import com.gauthconsole.run.RunSnapshot;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.KeptSecret;
import java.util.List;

/**
 * A run as its pages show it: its facts, as others see them too, and what the wizard adds.
 *
 * @param currentStep the first step not yet done, or null when the run is complete
 * @param keptSecrets the secrets the run keeps sealed now, and until when
 * @param asksForClientSecret the run needs tokens again but keeps neither a token nor the client secret any more
 *     (forgotten after the retention period), so it asks for the client secret
 */
public record RunOverview(
        RunSnapshot facts,
        List<StepState> steps,
        Step currentStep,
        List<KeptSecret> keptSecrets,
        boolean asksForClientSecret) {

    /** Whether one of its steps is being sent to GAuth now. */
    public boolean running() {
        return steps.stream().anyMatch(step -> step.state() == StepState.State.RUNNING);
    }

    /** The Bootstrap colour of the run's status: success, danger, secondary (abandoned) or primary (in progress). */
    public String statusTone() {
        return switch (facts.status()) {
            case SUCCEEDED -> "success";
            case FAILED -> "danger";
            case ABANDONED -> "secondary";
            case IN_PROGRESS -> "primary";
        };
    }

    /** Whether a lead may close it as abandoned: it is neither finished nor closed, and no step is running. */
    public boolean mayBeAbandoned() {
        return facts.status().open() && !running();
    }
}
