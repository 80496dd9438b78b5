package com.gauthconsole.run.api;

import com.gauthconsole.run.AttemptView;
import com.gauthconsole.run.wizard.StepPage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One step of a run as the API shows it: the form the page would show (secrets empty), whether the step may run now
 * and why not, and its latest attempt.
 *
 * @param inputs the step's form as JSON: the body of preview and execute, where every field left out keeps this value
 * @param keptSecrets the form's secret fields the run already keeps, so they may be left out
 * @param mayAdopt whether a lead may look for, and adopt, what the latest failed attempt may have created
 */
record StepResource(
        long runId,
        int number,
        String slug,
        String title,
        boolean optional,
        String blockedReason,

        @Schema(type = "object", description = "the step's form")
        JsonNode inputs,

        Set<String> keptSecrets,
        AttemptView latest,
        boolean mayAdopt,
        String adoptionIdLabel) {

    static StepResource of(StepPage page, JsonNode inputs) {
        return new StepResource(
                page.run().facts().id(),
                page.step().number(),
                page.step().slug(),
                page.step().title(),
                page.step().optional(),
                page.blockedReason(),
                inputs,
                page.keptSecrets(),
                page.latest(),
                page.mayAdopt(),
                page.adoptionIdLabel());
    }
}
