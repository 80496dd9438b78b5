package com.gauthconsole.run.engine;

import com.gauthconsole.secret.Secret;
import java.time.Instant;
import java.util.List;

/** What a successful step brought back: IDs for the audit and the run, secrets to keep, secrets no longer needed. */
public record StepOutcome(ReturnedIds ids, List<KeptSecret> keep, List<RunSecretName> forget) {

    public static StepOutcome nothing() {
        return new StepOutcome(ReturnedIds.none(), List.of(), List.of());
    }

    public static StepOutcome ids(ReturnedIds ids) {
        return new StepOutcome(ids, List.of(), List.of());
    }

    public record KeptSecret(RunSecretName name, Secret value, Instant expiresAt) {}
}
