package com.gauthconsole.run.step;

import com.gauthconsole.run.engine.RunSecretName;
import com.gauthconsole.secret.Secret;

/** The bearer token the environment calls need, from what step 2 kept. */
public final class AccessTokens {

    private AccessTokens() {}

    static Secret current(StepContext context) {
        return context.requireSecret(
                RunSecretName.ACCESS_TOKEN,
                "The access token from step 2 has expired or is missing: create a new token (step 2) first.");
    }
}
