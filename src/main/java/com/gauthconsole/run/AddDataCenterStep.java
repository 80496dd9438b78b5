package com.gauthconsole.run;

import com.gauthconsole.gauth.NewDataCenter;
import org.springframework.stereotype.Component;

@Component
class AddDataCenterStep implements StepExecutor<DataCenterForm> {

    @Override
    public Step step() {
        return Step.ADD_DATA_CENTER;
    }

    @Override
    public Class<DataCenterForm> formType() {
        return DataCenterForm.class;
    }

    @Override
    public DataCenterForm defaults(RunFacts facts) {
        return new DataCenterForm("/usw1", "https://gauth." + facts.clusterDomain(), false);
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
