package com.gauthconsole.run.step;

import com.gauthconsole.run.Step;
import com.gauthconsole.targets.TargetDefaults;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What a step's defaults may draw on: the run's own facts, the inputs of the steps that succeeded and what a lead set
 * on the run's target (which comes before the procedure's defaults).
 */
public record RunFacts(
        String clusterDomain,
        String customerDomain,
        String targetUrl,
        Map<Step, JsonNode> succeededInputs,
        TargetDefaults target) {

    String input(Step step, String field, String otherwise) {
        JsonNode inputs = succeededInputs.get(step);
        if (inputs == null || !inputs.path(field).isString()) {
            return otherwise;
        }
        return inputs.path(field).stringValue();
    }
}
