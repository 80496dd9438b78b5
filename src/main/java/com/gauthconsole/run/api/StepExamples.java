package com.gauthconsole.run.api;

import com.gauthconsole.run.Step;
import com.gauthconsole.run.step.RunFacts;
import com.gauthconsole.run.step.StepExecutors;
import com.gauthconsole.targets.TargetDefaults;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document's example bodies of preview and execute, one per step, made by the steps themselves: each
 * step's defaults for a customer {@code acme.com} on the cluster {@code acme.example.com}, which are the procedure's,
 * with what the procedure leaves to the operator filled in as its example values (the CC-id, the Configuration
 * Server's address and password, the read-only choice). Generated, so they cannot drift from what the page offers.
 */
@Component
class StepExamples implements OpenApiCustomizer {

    static final String CLUSTER = "acme.example.com";
    static final String CUSTOMER = "acme.com";
    static final String GAUTH_URL = "https://gauth." + CLUSTER;
    static final String CC_ID = "acme-cc";

    private static final String STEP_PATH = "/api/v1/runs/{runId}/steps/{slug}/";

    private final StepExecutors executors;
    private final StepBodies bodies;

    StepExamples(StepExecutors executors, StepBodies bodies) {
        this.executors = executors;
        this.bodies = bodies;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Map<String, Example> examples = examples();
        for (String action : new String[] {"preview", "execute", "re-run"}) {
            PathItem path =
                    openApi.getPaths() == null ? null : openApi.getPaths().get(STEP_PATH + action);
            if (path != null && path.getPost() != null) {
                describe(path.getPost(), examples);
            }
        }
    }

    Map<String, Example> examples() {
        Map<Step, JsonNode> succeeded = new LinkedHashMap<>();
        ObjectNode environment =
                (ObjectNode) bodies.show(executors.of(Step.ADD_ENVIRONMENT).defaults(facts(Map.of())));
        environment.put("id", CC_ID).put("primaryAddress", "172.24.132.84").put("password", "password");
        succeeded.put(Step.ADD_ENVIRONMENT, environment);
        RunFacts facts = facts(succeeded);
        Map<String, Example> examples = new LinkedHashMap<>();
        for (Step step : Step.values()) {
            ObjectNode body = step == Step.ADD_ENVIRONMENT
                    ? environment
                    : (ObjectNode) bodies.show(executors.of(step).defaults(facts));
            if (step == Step.ADD_DATA_CENTER) {
                body.put("readOnly", true);
            }
            examples.put(
                    step.slug(),
                    new Example()
                            .summary("Step " + step.number() + ", " + step.title() + " (slug " + step.slug() + ")")
                            .value(bodies.plain(body)));
        }
        return examples;
    }

    private static RunFacts facts(Map<Step, JsonNode> succeeded) {
        return new RunFacts(CLUSTER, CUSTOMER, GAUTH_URL, succeeded, TargetDefaults.none());
    }

    private static void describe(Operation operation, Map<String, Example> examples) {
        operation.setRequestBody(new RequestBody()
                .description("The step's form as JSON (the field names of the step's inputs). Fields left out keep"
                        + " what the page would fill in: the procedure's defaults, earlier steps' results, or the"
                        + " last attempt's inputs. Secrets are kept sealed for the run and never shown again.")
                .required(false)
                .content(new Content()
                        .addMediaType(
                                "application/json",
                                new MediaType().schema(new ObjectSchema()).examples(examples))));
    }
}
