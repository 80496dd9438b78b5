package com.gauthconsole.run.step;

import com.gauthconsole.gauth.CreatedObject;
import com.gauthconsole.gauth.NewEnvironment;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.ReturnedIds;
import com.gauthconsole.run.engine.RunSecretName;
import com.gauthconsole.run.engine.StepOutcome;
import com.gauthconsole.secret.Secret;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
public class AddEnvironmentStep implements StepExecutor<EnvironmentForm> {

    private static final int MAX_PASSWORD = 200;

    @Override
    public Step step() {
        return Step.ADD_ENVIRONMENT;
    }

    @Override
    public Class<EnvironmentForm> formType() {
        return EnvironmentForm.class;
    }

    /**
     * The CC-id has no default: it is the existing ID the Tenant service was deployed with. The Configuration Server's
     * port and location are the target's, if a lead set them.
     */
    @Override
    public EnvironmentForm defaults(RunFacts facts) {
        return new EnvironmentForm(
                "",
                "default",
                Secret.empty(),
                "addp",
                7,
                5,
                "Cloud",
                "CFGTMBoth",
                false,
                "",
                Objects.requireNonNullElse(facts.target().configServerPort(), 2020),
                false,
                Objects.requireNonNullElse(facts.target().configServerLocation(), "/USW1"),
                "Environment");
    }

    /** The CC-id is typed anew: it names another tenant. */
    @Override
    public EnvironmentForm reused(EnvironmentForm previous, RunFacts facts) {
        return new EnvironmentForm(
                "",
                previous.username(),
                Secret.empty(),
                previous.connectionProtocol(),
                previous.remoteTimeout(),
                previous.localTimeout(),
                previous.appName(),
                previous.traceMode(),
                previous.tlsEnabled(),
                previous.primaryAddress(),
                previous.primaryPort(),
                previous.configServerReadOnly(),
                previous.locations(),
                previous.tenant());
    }

    @Override
    public void validate(EnvironmentForm form, StepContext context, Errors errors) {
        boolean typed = form.password() != null && !form.password().isEmpty();
        if (typed && form.password().reveal().length() > MAX_PASSWORD) {
            errors.rejectValue("password", "Size", "Use at most " + MAX_PASSWORD + " characters");
        } else if (!typed
                && context.findSecret(RunSecretName.CONFIG_SERVER_PASSWORD).isEmpty()) {
            errors.rejectValue("password", "NotBlank", "Enter the Configuration Server password");
        }
    }

    @Override
    public Map<String, RunSecretName> secretFields() {
        return Map.of("password", RunSecretName.CONFIG_SERVER_PASSWORD);
    }

    @Override
    public Map<RunSecretName, Secret> typedSecrets(EnvironmentForm form) {
        return form.password() == null || form.password().isEmpty()
                ? Map.of()
                : Map.of(RunSecretName.CONFIG_SERVER_PASSWORD, form.password());
    }

    @Override
    public boolean needsAccessToken() {
        return true;
    }

    @Override
    public Optional<IdAdoption> adoptionById() {
        return Optional.of(new IdAdoption(
                ReturnedIds.ENVIRONMENT_ID,
                "environment",
                "environment ID",
                (context, id) -> context.client().findEnvironment(AccessTokens.current(context), id)));
    }

    @Override
    public StepCall<CreatedObject> prepare(EnvironmentForm form, StepContext context) {
        NewEnvironment environment = new NewEnvironment(
                form.id(),
                form.username(),
                context.requireSecret(RunSecretName.CONFIG_SERVER_PASSWORD, "Enter the Configuration Server password."),
                form.connectionProtocol(),
                form.remoteTimeout(),
                form.appName(),
                form.traceMode(),
                form.tlsEnabled(),
                List.of(new NewEnvironment.ConfigServer(
                        form.primaryPort(), form.configServerReadOnly(), form.primaryAddress(), form.locations())),
                form.localTimeout(),
                form.tenant());
        return new StepCall<>(
                context.client().addEnvironment(AccessTokens.current(context), environment),
                created -> StepOutcome.ids(ReturnedIds.of(ReturnedIds.ENVIRONMENT_ID, created.id())));
    }
}
