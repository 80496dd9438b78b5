package com.gauthconsole.run.wizard;

import com.gauthconsole.gauth.GauthClients;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.ProvisioningRun;
import com.gauthconsole.run.engine.RunSecrets;
import com.gauthconsole.run.step.RunFacts;
import com.gauthconsole.run.step.StepContext;
import com.gauthconsole.run.step.StepExecutor;
import com.gauthconsole.run.step.StepExecutors;
import com.gauthconsole.run.step.StepForm;
import com.gauthconsole.targets.GauthTarget;
import com.gauthconsole.targets.TargetCatalog;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.Validator;

/**
 * A run's inputs checked before the run exists (a row of a bulk upload): the new-run form and each step's form, with
 * the rules the wizard's pages apply (the forms' bean validation and each step's own checks, for a run that keeps
 * nothing yet), and the step forms as such a run would first show them.
 */
@Component
public class NewRunChecks {

    private final TargetCatalog targets;
    private final StepExecutors executors;
    private final Validator validator;
    private final GauthClients gauth;
    private final RunSecrets secrets;
    private final Clock clock;

    NewRunChecks(
            TargetCatalog targets,
            StepExecutors executors,
            @Qualifier("mvcValidator") Validator validator,
            GauthClients gauth,
            RunSecrets secrets,
            Clock clock) {
        this.targets = targets;
        this.executors = executors;
        this.validator = validator;
        this.gauth = gauth;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** The new-run form's errors, the unknown target included, as the new-run page reports them. */
    public BindingResult check(NewRunForm form) {
        BindingResult errors = validated(form, "run");
        if (!errors.hasFieldErrors("target") && targets.find(form.target()).isEmpty()) {
            errors.rejectValue("target", "unknown", "Choose one of the configured GAuth targets");
        }
        return errors;
    }

    /**
     * The step's form as a new run on this target and these domains first shows it; empty when the target is not
     * configured.
     */
    public <F extends StepForm> Optional<F> defaults(NewRunForm run, Step step, Class<F> formType) {
        StepExecutor<F> executor = executors.of(step, formType);
        return targets.find(run.target())
                .map(target -> executor.defaults(new RunFacts(
                        run.clusterDomain(),
                        run.customerDomain(),
                        target.baseUrl(),
                        Map.of(),
                        targets.defaults(target.name()))));
    }

    /** The step form's errors for a new run on this (configured) target, as the step's page reports them. */
    public <F extends StepForm> BindingResult check(NewRunForm run, Step step, F form) {
        BindingResult errors = validated(form, "form");
        GauthTarget target = targets.find(run.target())
                .orElseThrow(() -> new IllegalArgumentException("Check the new-run form first: unknown target"));
        @SuppressWarnings("unchecked")
        StepExecutor<F> executor = executors.of(step, (Class<F>) form.getClass());
        ProvisioningRun unsaved = new ProvisioningRun(
                target.name(), target.baseUrl(), run.clusterDomain(), run.customerDomain(), "", clock.instant());
        executor.validate(form, new StepContext(unsaved, target, gauth.to(target.endpoint()), secrets, clock), errors);
        return errors;
    }

    private BindingResult validated(Object form, String name) {
        DataBinder binder = new DataBinder(form, name);
        binder.setValidator(validator);
        binder.validate();
        return binder.getBindingResult();
    }
}
