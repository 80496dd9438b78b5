package com.gauthconsole.run.wizard;

import com.gauthconsole.run.AttemptView;
import com.gauthconsole.run.Step;
import java.util.Set;

/**
 * What a step's page needs besides its form.
 *
 * @param blockedReason why the step cannot run now, or null when it can
 * @param latest the step's latest attempt, or null
 * @param keptSecrets the form's secret fields that already have a value kept for this run
 * @param mayAdopt the latest attempt failed in a way that may have created the object, and the viewer is a lead
 * @param adoptionIdLabel what a lead types to adopt the step's object by its ID (e.g. "CCID"), or null when the step
 *     is adopted otherwise
 */
public record StepPage(
        RunOverview run,
        Step step,
        String blockedReason,
        AttemptView latest,
        Set<String> keptSecrets,
        boolean mayAdopt,
        String adoptionIdLabel) {

    public boolean mayRun() {
        return blockedReason == null;
    }
}
