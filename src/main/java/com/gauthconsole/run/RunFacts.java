package com.gauthconsole.run;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What a step's defaults may draw on: the run's own facts and the inputs of the steps that succeeded. */
record RunFacts(String clusterDomain, String customerDomain, String targetUrl, Map<Step, JsonNode> succeededInputs) {

    String input(Step step, String field, String otherwise) {
        JsonNode inputs = succeededInputs.get(step);
        if (inputs == null || !inputs.path(field).isString()) {
            return otherwise;
        }
        return inputs.path(field).stringValue();
    }
}
