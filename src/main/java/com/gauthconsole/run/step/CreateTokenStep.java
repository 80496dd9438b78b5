package com.gauthconsole.run.step;

import com.gauthconsole.gauth.AccessToken;
import com.gauthconsole.gauth.BasicCredentials;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.ReturnedIds;
import com.gauthconsole.run.engine.RunSecretName;
import com.gauthconsole.run.engine.StepOutcome;
import com.gauthconsole.secret.Secret;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class CreateTokenStep implements StepExecutor<TokenForm> {

    /** A token is treated as expired this long before GAuth's own deadline, so it does not lapse mid-call. */
    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);

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
                        .createToken(apiClient(context), context.target().opsCredentials()),
                token -> keeping(token, context));
    }

    /** Step 1's client, which authenticates every token call. */
    static BasicCredentials apiClient(StepContext context) {
        String clientId = context.require(context.run().clientId(), "Create the API client (step 1) first.");
        Secret clientSecret = context.requireSecret(
                RunSecretName.CLIENT_SECRET,
                "The client secret from step 1 is no longer kept for this run, so no token can be created.");
        return new BasicCredentials(clientId, clientSecret);
    }

    /** Keeps the new access token until shortly before it expires, and the refresh token when GAuth sent one. */
    static StepOutcome keeping(AccessToken token, StepContext context) {
        return new StepOutcome(ReturnedIds.none(), kept(token, context.clock().instant()), List.of());
    }

    private static List<StepOutcome.KeptSecret> kept(AccessToken token, Instant now) {
        List<StepOutcome.KeptSecret> kept = new ArrayList<>();
        Instant expiresAt =
                token.expiresIn() == null ? null : now.plus(token.expiresIn()).minus(EXPIRY_MARGIN);
        kept.add(new StepOutcome.KeptSecret(RunSecretName.ACCESS_TOKEN, token.accessToken(), expiresAt));
        if (!token.refreshToken().isEmpty()) {
            kept.add(new StepOutcome.KeptSecret(RunSecretName.REFRESH_TOKEN, token.refreshToken(), null));
        }
        return kept;
    }
}
