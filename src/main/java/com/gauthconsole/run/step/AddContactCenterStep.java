package com.gauthconsole.run.step;

import com.gauthconsole.gauth.CreatedObject;
import com.gauthconsole.gauth.NewContactCenter;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.ReturnedIds;
import com.gauthconsole.run.engine.StepOutcome;
import com.gauthconsole.system.Lines;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
public class AddContactCenterStep implements StepExecutor<ContactCenterForm> {

    @Override
    public Step step() {
        return Step.ADD_CONTACT_CENTER;
    }

    @Override
    public Class<ContactCenterForm> formType() {
        return ContactCenterForm.class;
    }

    /** The customer's domain, and the CC-id the environment was created with. */
    @Override
    public ContactCenterForm defaults(RunFacts facts) {
        return new ContactCenterForm(
                facts.customerDomain(), "configServer", facts.input(Step.ADD_ENVIRONMENT, "id", ""));
    }

    /** The CC-id is this run's own, typed in its step 3. */
    @Override
    public ContactCenterForm reused(ContactCenterForm previous, RunFacts facts) {
        return new ContactCenterForm(
                previous.domains(), previous.auth(), defaults(facts).id());
    }

    @Override
    public boolean needsAccessToken() {
        return true;
    }

    @Override
    public Optional<IdAdoption> adoptionById() {
        return Optional.of(new IdAdoption(
                ReturnedIds.CONTACT_CENTER_ID,
                "contact center",
                "CCID",
                (context, ccid) -> context.client().findContactCenter(AccessTokens.current(context), ccid)));
    }

    @Override
    public StepCall<CreatedObject> prepare(ContactCenterForm form, StepContext context) {
        String environmentId = context.require(context.run().environmentId(), "Add the environment (step 3) first.");
        NewContactCenter contactCenter =
                new NewContactCenter(Lines.split(form.domains()), environmentId, form.auth(), form.id());
        return new StepCall<>(
                context.client().addContactCenter(AccessTokens.current(context), contactCenter),
                created -> StepOutcome.ids(ReturnedIds.of(ReturnedIds.CONTACT_CENTER_ID, created.id())));
    }
}
