package com.gauthconsole.run.step;

import com.gauthconsole.gauth.GauthClient;
import com.gauthconsole.run.engine.ProvisioningRun;
import com.gauthconsole.run.engine.RunSecretName;
import com.gauthconsole.run.engine.RunSecrets;
import com.gauthconsole.run.engine.StepNotReady;
import com.gauthconsole.secret.Secret;
import com.gauthconsole.targets.GauthTarget;
import java.time.Clock;
import java.util.Optional;

/** What a step can use to build its call: the run so far, its kept secrets, the target and its GAuth client. */
public record StepContext(
        ProvisioningRun run, GauthTarget target, GauthClient client, RunSecrets secrets, Clock clock) {

    /** A run being checked before it is started (a row of a bulk upload) has no id yet and keeps nothing. */
    Optional<Secret> findSecret(RunSecretName name) {
        if (run.id() == null) {
            return Optional.empty();
        }
        return secrets.find(run.id(), name);
    }

    Secret requireSecret(RunSecretName name, String whatToDo) {
        return findSecret(name).orElseThrow(() -> new StepNotReady(whatToDo));
    }

    String require(String value, String whatToDo) {
        if (value == null || value.isBlank()) {
            throw new StepNotReady(whatToDo);
        }
        return value;
    }
}
