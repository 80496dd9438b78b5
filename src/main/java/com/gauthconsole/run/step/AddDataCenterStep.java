package com.gauthconsole.run.step;

import com.gauthconsole.gauth.Existence;
import com.gauthconsole.gauth.NewDataCenter;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.ReturnedIds;
import com.gauthconsole.run.engine.StepOutcome;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
public class AddDataCenterStep implements StepExecutor<DataCenterForm> {

    @Override
    public Step step() {
        return Step.ADD_DATA_CENTER;
    }

    @Override
    public Class<DataCenterForm> formType() {
        return DataCenterForm.class;
    }

    /**
     * The procedure's entry point is {@code <gauth-url>}: the target's own base URL, unless a lead set another entry
     * point (and location) on the target.
     */
    @Override
    public DataCenterForm defaults(RunFacts facts) {
        return new DataCenterForm(
                Objects.requireNonNullElse(facts.target().dataCenterLocation(), "/usw1"),
                Objects.requireNonNullElse(facts.target().entryPoint(), facts.targetUrl()),
                null);
    }

    /** GAuth has no look-up for data centers: the lead checks in GAuth and decides. */
    @Override
    public Optional<ExistingObject> findExisting(DataCenterForm inputs, StepContext context) {
        return Optional.of(new ExistingObject(
                Existence.State.CANNOT_CHECK,
                "GAuth offers no look-up for data centers. Adopt only after checking in GAuth that the data center"
                        + " for " + inputs.location() + " exists.",
                ReturnedIds.none(),
                true,
                false,
                null));
    }

    @Override
    public StepCall<Void> prepare(DataCenterForm form, StepContext context) {
        return new StepCall<>(
                context.client()
                        .addDataCenter(
                                context.target().opsCredentials(),
                                new NewDataCenter(form.location(), form.entryPoint(), form.readOnly())),
                done -> StepOutcome.nothing());
    }
}
