package com.gauthconsole.run.api;

import com.gauthconsole.run.AttemptView;
import com.gauthconsole.run.RunSnapshot;
import com.gauthconsole.run.engine.KeptSecret;
import com.gauthconsole.run.wizard.RunOverview;
import com.gauthconsole.run.wizard.StepState;
import java.time.Instant;
import java.util.List;

/**
 * A run as the API shows it: its facts and returned IDs, where each step stands, and every attempt (redacted).
 *
 * @param currentStep the slug of the first step not yet done, or null when the run is complete
 * @param asksForClientSecret the run needs tokens again but forgot the API client's secret (see the README)
 */
record RunResource(
        RunSnapshot run,
        List<StepSummary> steps,
        String currentStep,
        List<KeptSecretResource> keptSecrets,
        boolean asksForClientSecret,
        List<AttemptView> attempts) {

    static RunResource of(RunOverview overview, List<AttemptView> attempts) {
        return new RunResource(
                overview.facts(),
                overview.steps().stream().map(StepSummary::of).toList(),
                overview.currentStep() == null ? null : overview.currentStep().slug(),
                overview.keptSecrets().stream().map(KeptSecretResource::of).toList(),
                overview.asksForClientSecret(),
                attempts);
    }

    /** A step and where it stands; {@code slug} is its part of the step's URL. */
    record StepSummary(int number, String slug, String title, boolean optional, StepState.State state) {

        static StepSummary of(StepState state) {
            return new StepSummary(
                    state.step().number(),
                    state.step().slug(),
                    state.step().title(),
                    state.step().optional(),
                    state.state());
        }
    }

    /** A secret the run keeps sealed, by name only, and until when. */
    record KeptSecretResource(String name, Instant keptUntil) {

        static KeptSecretResource of(KeptSecret kept) {
            return new KeptSecretResource(kept.name().name(), kept.keptUntil());
        }
    }
}
