package com.gauthconsole.run.step;

import com.gauthconsole.gauth.CreatedApiClient;
import com.gauthconsole.gauth.Existence;
import com.gauthconsole.gauth.NewApiClient;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.ReturnedIds;
import com.gauthconsole.run.engine.RunSecretName;
import com.gauthconsole.run.engine.StepOutcome;
import com.gauthconsole.secret.Secret;
import com.gauthconsole.system.Lines;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
public class CreateApiClientStep implements StepExecutor<ApiClientForm> {

    static final String DEFAULT_CLIENT = "external_api_client";
    private static final int TWELVE_HOURS = 43_200;

    @Override
    public Step step() {
        return Step.CREATE_API_CLIENT;
    }

    @Override
    public Class<ApiClientForm> formType() {
        return ApiClientForm.class;
    }

    @Override
    public ApiClientForm defaults(RunFacts facts) {
        String domain = facts.clusterDomain();
        return new ApiClientForm(
                DEFAULT_CLIENT,
                DEFAULT_CLIENT,
                Secret.empty(),
                "CONFIDENTIAL",
                true,
                "ROLE_INTERNAL_CLIENT",
                "*",
                ApiClientForm.GRANT_TYPES,
                String.join(
                        "\n",
                        "https://gauth." + domain,
                        "https://wwe." + domain,
                        "https://gws." + domain,
                        "https://prov." + domain),
                TWELVE_HOURS,
                TWELVE_HOURS);
    }

    @Override
    public Map<String, RunSecretName> secretFields() {
        return Map.of("clientSecret", RunSecretName.REQUESTED_CLIENT_SECRET);
    }

    @Override
    public Map<RunSecretName, Secret> typedSecrets(ApiClientForm form) {
        return form.clientSecret() == null || form.clientSecret().isEmpty()
                ? Map.of()
                : Map.of(RunSecretName.REQUESTED_CLIENT_SECRET, form.clientSecret());
    }

    @Override
    public Optional<ExistingObject> findExisting(ApiClientForm inputs, StepContext context) {
        Existence existence = context.client().findApiClient(context.target().opsCredentials(), inputs.clientId());
        return Optional.of(
                ExistingObject.found(existence, ReturnedIds.of(ReturnedIds.CLIENT_ID, inputs.clientId()), true));
    }

    @Override
    public StepCall<CreatedApiClient> prepare(ApiClientForm form, StepContext context) {
        NewApiClient client = new NewApiClient(
                form.name(),
                form.clientType(),
                form.internalClient(),
                form.refreshTokenExpirationTimeout(),
                form.clientId(),
                context.findSecret(RunSecretName.REQUESTED_CLIENT_SECRET).orElse(Secret.empty()),
                Lines.split(form.authorities()),
                Lines.split(form.scope()),
                form.grantTypes(),
                Lines.split(form.redirectUris()),
                form.accessTokenExpirationTimeout());
        return new StepCall<>(
                context.client().createApiClient(context.target().opsCredentials(), client),
                created -> new StepOutcome(
                        ReturnedIds.of(ReturnedIds.CLIENT_ID, created.clientId()),
                        List.of(new StepOutcome.KeptSecret(RunSecretName.CLIENT_SECRET, created.clientSecret(), null)),
                        List.of(RunSecretName.REQUESTED_CLIENT_SECRET)));
    }
}
