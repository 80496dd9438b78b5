package com.gauthconsole.bulk;

import com.gauthconsole.run.step.ApiClientForm;
import com.gauthconsole.run.step.ContactCenterForm;
import com.gauthconsole.run.step.CorsForm;
import com.gauthconsole.run.step.DataCenterForm;
import com.gauthconsole.run.step.EnvironmentForm;
import com.gauthconsole.run.wizard.NewRunForm;
import java.util.Optional;

/**
 * A row as the run it becomes: the new-run form and the forms of steps 1, 3, 4, 5 and 6 as the wizard would post
 * them (step 2 has nothing to type).
 *
 * @param cors empty when the row gives no CORS origins: step 6, which is optional, is skipped
 */
record RowPlan(
        NewRunForm run,
        ApiClientForm client,
        EnvironmentForm environment,
        ContactCenterForm contactCenter,
        DataCenterForm dataCenter,
        Optional<CorsForm> cors) {}
