package com.gauthconsole.run.wizard;

import com.gauthconsole.gauth.GauthCall;
import com.gauthconsole.run.AttemptKind;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.ProvisioningRun;
import com.gauthconsole.run.engine.RunNotFound;
import com.gauthconsole.run.engine.RunRepository;
import com.gauthconsole.run.engine.StepAttempt;
import com.gauthconsole.run.engine.StepAttemptRepository;
import com.gauthconsole.run.engine.StepInputs;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A run's calls as one bash script, for a support engineer who must repeat them by hand elsewhere: each step's
 * latest request as recorded (so with the IDs it used), every secret a shell variable to set first. Built only from
 * the redacted records, so no secret can reach it.
 */
@Component
public class RunScript {

    /** A redaction marker and the field name before it, in JSON ({@code "password": "[…]"}) or a form body. */
    private static final Pattern SECRET_FIELD =
            Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(\"?\\s*[:=]\\s*\"?)\\[REDACTED(?: hmac:[0-9a-f]+)?]");

    private static final Pattern ANY_MARKER = Pattern.compile("\\[REDACTED(?: hmac:[0-9a-f]+)?]");

    /** Where a field's name alone would name the variable wrongly. */
    private static final Map<Step, Map<String, String>> VARIABLE_OF_FIELD = Map.of(
            Step.CREATE_TOKEN, Map.of("password", "OPS_PASSWORD"),
            Step.ADD_ENVIRONMENT, Map.of("password", "CONFIG_SERVER_PASSWORD"));

    private static final Map<String, String> WHAT_TO_SET = Map.of(
            "OPS_USERNAME", "the target's ops user (GAuth's services.secret.admin_username)",
            "OPS_PASSWORD", "the target's ops password (GAuth's services.secret.admin_password)",
            "CLIENT_SECRET", "the API client's secret (the one given in step 1, or data.client_secret of its answer)",
            "CONFIG_SERVER_PASSWORD", "the Configuration Server password of the environment (step 3)");

    private static final Set<AttemptKind> SENDING_THE_STEP = Set.of(AttemptKind.EXECUTE, AttemptKind.RE_RUN);

    private final RunRepository runs;
    private final StepAttemptRepository attempts;
    private final StepInputs json;

    RunScript(RunRepository runs, StepAttemptRepository attempts, StepInputs json) {
        this.runs = runs;
        this.attempts = attempts;
        this.json = json;
    }

    @Transactional(readOnly = true)
    String of(long runId) {
        ProvisioningRun run = runs.findById(runId).orElseThrow(() -> new RunNotFound(runId));
        List<StepAttempt> all = attempts.findByRunIdOrderByIdAsc(runId);
        StringBuilder script = new StringBuilder()
                .append("#!/usr/bin/env bash\n")
                .append("# Run ")
                .append(runId)
                .append(" of the GAuth Provisioning Console: ")
                .append(run.clusterDomain())
                .append(" (customer ")
                .append(run.customerDomain())
                .append(")\n")
                .append("# Each step's latest request as the console sent it, with the IDs it used. Secrets are\n")
                .append("# never in this file: set the variables a step names before running it. Needs curl and jq.\n")
                .append("set -euo pipefail\n\n")
                .append("need() { if [ -z \"${!1:-}\" ]; then echo \"Set $1: $2\" >&2; exit 1; fi; }\n\n")
                .append("GAUTH_URL=\"${GAUTH_URL:-")
                .append(run.targetUrl().replace("\"", ""))
                .append("}\"\n");
        for (Step step : Step.values()) {
            script.append("\n# Step ")
                    .append(step.number())
                    .append(": ")
                    .append(step.title())
                    .append('\n');
            Optional<StepAttempt> latest = all.stream()
                    .filter(attempt -> attempt.step() == step && SENDING_THE_STEP.contains(attempt.kind()))
                    .filter(attempt -> attempt.requestMethod() != null)
                    .max(Comparator.comparingLong(StepAttempt::id));
            if (latest.isEmpty()) {
                script.append("# not sent by this run\n");
                continue;
            }
            StepAttempt attempt = latest.get();
            script.append("# attempt ")
                    .append(attempt.attemptNumber())
                    .append(", ")
                    .append(attempt.status().name().toLowerCase(Locale.ROOT))
                    .append('\n');
            script.append(curl(step, attempt, run));
        }
        return script.toString();
    }

    private String curl(Step step, StepAttempt attempt, ProvisioningRun run) {
        Map<String, String> variables = new LinkedHashMap<>();
        StringBuilder curl = new StringBuilder("curl --silent --show-error --fail-with-body --request ")
                .append(attempt.requestMethod())
                .append(' ')
                .append(url(attempt.requestUrl(), run.targetUrl()));
        switch (step.auth()) {
            case OPS -> {
                variables.put("OPS_USERNAME", WHAT_TO_SET.get("OPS_USERNAME"));
                variables.put("OPS_PASSWORD", WHAT_TO_SET.get("OPS_PASSWORD"));
                curl.append(" \\\n  --user \"$OPS_USERNAME:$OPS_PASSWORD\"");
            }
            case CLIENT -> {
                variables.put("CLIENT_SECRET", WHAT_TO_SET.get("CLIENT_SECRET"));
                curl.append(" \\\n  --user ")
                        .append(quote(run.clientId() + ":"))
                        .append("\"$CLIENT_SECRET\"");
            }
            case BEARER -> curl.append(" \\\n  --header \"Authorization: Bearer $ACCESS_TOKEN\"");
        }
        json.readHeaders(attempt.requestHeaders()).forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Authorization")) {
                values.forEach(value -> curl.append(" \\\n  --header ")
                        .append(withVariables(step, quote(name + ": " + value), variables)));
            }
        });
        if (attempt.requestBody() != null) {
            curl.append(" \\\n  --data-raw ").append(withVariables(step, quote(attempt.requestBody()), variables));
        }
        StringBuilder command = new StringBuilder();
        variables.forEach((name, what) -> command.append("need ")
                .append(name)
                .append(' ')
                .append(quote(WHAT_TO_SET.getOrDefault(name, "the value of " + what)))
                .append('\n'));
        if (step.auth() == GauthCall.Auth.BEARER) {
            command.append("need ACCESS_TOKEN 'the access_token of step 2'\n");
        }
        if (step == Step.CREATE_TOKEN) {
            return command.append("ACCESS_TOKEN=\"$(")
                    .append(curl)
                    .append(" | jq -r .access_token)\"\n")
                    .toString();
        }
        return command.append(curl).append('\n').toString();
    }

    /** The URL in single quotes, its target's base as {@code $GAUTH_URL}. */
    private static String url(String recorded, String base) {
        return recorded.startsWith(base)
                ? "\"$GAUTH_URL\"" + quote(recorded.substring(base.length()))
                : quote(recorded);
    }

    /** Puts a variable in place of each redacted value of a single-quoted text, naming it after its field. */
    private static String withVariables(Step step, String quoted, Map<String, String> variables) {
        Matcher fields = SECRET_FIELD.matcher(quoted);
        StringBuilder out = new StringBuilder();
        while (fields.find()) {
            String field = fields.group(1);
            String variable =
                    VARIABLE_OF_FIELD.getOrDefault(step, Map.of()).getOrDefault(field, field.toUpperCase(Locale.ROOT));
            variables.putIfAbsent(variable, field);
            fields.appendReplacement(
                    out, Matcher.quoteReplacement(field + fields.group(2) + "'\"$" + variable + "\"'"));
        }
        fields.appendTail(out);
        Matcher rest = ANY_MARKER.matcher(out.toString());
        if (rest.find()) {
            variables.putIfAbsent("SECRET", "a redacted value of this request");
            return rest.replaceAll(Matcher.quoteReplacement("'\"$SECRET\"'"));
        }
        return out.toString();
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
