package com.gauthconsole.run.step;

import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.RunSecretName;
import com.gauthconsole.secret.Secret;
import java.util.Map;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * One step of the procedure: its form's defaults, the checks that need the run, the secrets typed into it, and the
 * GAuth call it makes. The wizard service does the rest (audit, ordering, outputs) the same way for every step.
 */
public interface StepExecutor<F extends StepForm> {

    Step step();

    Class<F> formType();

    /** The form as first shown: the procedure's documented defaults and what earlier steps produced. */
    F defaults(RunFacts facts);

    /** Checks that need the run, such as a secret that is neither typed nor kept. */
    default void validate(F form, StepContext context, Errors errors) {}

    /** The form's secret fields, by field name, and where their values are kept for the run. */
    default Map<String, RunSecretName> secretFields() {
        return Map.of();
    }

    /** The secrets typed into the form, to keep sealed for the run (so a preview can be executed without retyping). */
    default Map<RunSecretName, Secret> typedSecrets(F form) {
        return Map.of();
    }

    StepCall<?> prepare(F form, StepContext context);

    /** Whether the step authenticates with step 2's access token, which is renewed first when it has expired. */
    default boolean needsAccessToken() {
        return false;
    }

    /**
     * Looks up what a failed attempt with these inputs may have created anyway, so that a lead can adopt it;
     * empty when the step creates nothing to adopt.
     */
    default Optional<ExistingObject> findExisting(F inputs, StepContext context) {
        return Optional.empty();
    }

    /**
     * The inputs of the same step in the run this one was started from, as this run's form: by default as they were
     * (secrets are never kept, so they come back empty); a step that names the CC-id takes this run's instead.
     */
    default F reused(F previous, RunFacts facts) {
        return previous;
    }

    /** How a lead adopts by its ID what a failed attempt may have created; empty when the step is adopted otherwise. */
    default Optional<IdAdoption> adoptionById() {
        return Optional.empty();
    }
}
