package com.gauthconsole.run.step;

import com.gauthconsole.gauth.AccessToken;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.RunSecretName;

/**
 * Step 2 again with the OAuth 2 refresh grant: how an expired access token is renewed while the run keeps a refresh
 * token. Not a step of its own, so not in {@link StepExecutors}; the wizard falls back to step 2's password grant
 * when GAuth refuses it.
 */
public final class TokenRefresh implements StepExecutor<TokenForm> {

    @Override
    public Step step() {
        return Step.CREATE_TOKEN;
    }

    @Override
    public Class<TokenForm> formType() {
        return TokenForm.class;
    }

    @Override
    public TokenForm defaults(RunFacts facts) {
        return new TokenForm();
    }

    @Override
    public StepCall<AccessToken> prepare(TokenForm form, StepContext context) {
        return new StepCall<>(
                context.client()
                        .refreshToken(
                                CreateTokenStep.apiClient(context),
                                context.requireSecret(
                                        RunSecretName.REFRESH_TOKEN, "No refresh token is kept for this run.")),
                token -> CreateTokenStep.keeping(token, context));
    }
}
