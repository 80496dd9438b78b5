package com.gauthconsole.run.step;

import com.gauthconsole.gauth.ContactCenterSetting;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.StepOutcome;
import com.gauthconsole.system.Lines;
import org.springframework.stereotype.Component;

@Component
public class UpdateCorsStep implements StepExecutor<CorsForm> {

    @Override
    public Step step() {
        return Step.UPDATE_CORS;
    }

    @Override
    public Class<CorsForm> formType() {
        return CorsForm.class;
    }

    /** The target's pattern filled in with the run's domains, if a lead set one; else the cluster's WWE. */
    @Override
    public CorsForm defaults(RunFacts facts) {
        return new CorsForm(facts.target()
                .corsOriginsFor(facts.clusterDomain(), facts.customerDomain())
                .orElse("https://wwe." + facts.clusterDomain()));
    }

    @Override
    public boolean needsAccessToken() {
        return true;
    }

    @Override
    public StepCall<Void> prepare(CorsForm form, StepContext context) {
        String contactCenterId =
                context.require(context.run().contactCenterId(), "Add the contact center (step 4) first.");
        return new StepCall<>(
                context.client()
                        .updateContactCenterSetting(
                                AccessTokens.current(context),
                                contactCenterId,
                                ContactCenterSetting.corsOrigins(Lines.split(form.origins()))),
                done -> StepOutcome.nothing());
    }
}
