package com.gauthconsole.audit;

import com.gauthconsole.run.AttemptKind;
import com.gauthconsole.run.AttemptStatus;
import com.gauthconsole.run.AttemptView;
import com.gauthconsole.run.FinishedAttempt;
import com.gauthconsole.run.PrettyJson;
import com.gauthconsole.run.Step;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a step attempt is written into its event's details and read back: one place for the names. JSON the attempt
 * kept as text (headers, returned IDs, changed inputs) is nested as JSON; bodies stay text, exactly as sent.
 */
final class AttemptDetails {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AttemptDetails() {}

    static Map<String, Object> of(FinishedAttempt attempt) {
        Map<String, Object> details = new HashMap<>();
        details.put("attemptId", attempt.id());
        details.put("step", attempt.step().name());
        details.put("number", attempt.number());
        details.put("kind", attempt.kind().name());
        details.put("status", attempt.status().name());
        details.put("startedAt", text(attempt.startedAt()));
        details.put("finishedAt", text(attempt.finishedAt()));
        details.put("reRunOf", attempt.reRunOf());
        details.put("inputs", tree(attempt.inputs()));
        details.put("inputChanges", tree(attempt.inputChanges()));
        details.put("requestMethod", attempt.requestMethod());
        details.put("requestUrl", attempt.requestUrl());
        details.put("requestHeaders", tree(attempt.requestHeaders()));
        details.put("requestBody", attempt.requestBody());
        details.put("responseStatus", attempt.responseStatus());
        details.put("responseHeaders", tree(attempt.responseHeaders()));
        details.put("responseBody", attempt.responseBody());
        details.put("durationMs", attempt.durationMs());
        details.put("returnedIds", tree(attempt.returnedIds()));
        details.put("failureKind", attempt.failureKind());
        details.put("failureReason", attempt.failureReason());
        return details;
    }

    /** The attempt an event records, bodies pretty-printed for reading. */
    static RecordedAttempt read(AuditEvent event) {
        JsonNode details = JSON.readTree(event.details());
        AttemptView attempt = new AttemptView(
                details.path("attemptId").asLong(),
                Step.valueOf(details.path("step").asString()),
                details.path("number").asInt(),
                event.actor(),
                instant(details, "startedAt"),
                instant(details, "finishedAt"),
                AttemptStatus.valueOf(details.path("status").asString()),
                AttemptKind.valueOf(details.path("kind").asString()),
                number(details, "reRunOf"),
                convert(details.path("inputChanges"), new TypeReference<List<AttemptView.InputChange>>() {}, List.of()),
                string(details, "requestMethod"),
                string(details, "requestUrl"),
                convert(details.path("requestHeaders"), new TypeReference<Map<String, List<String>>>() {}, Map.of()),
                PrettyJson.of(string(details, "requestBody")),
                details.hasNonNull("responseStatus")
                        ? details.get("responseStatus").asInt()
                        : null,
                PrettyJson.of(string(details, "responseBody")),
                number(details, "durationMs"),
                convert(details.path("returnedIds"), new TypeReference<Map<String, String>>() {}, Map.of()),
                string(details, "failureReason"),
                string(details, "failureKind"),
                null);
        return new RecordedAttempt(attempt, event.seq(), event.link());
    }

    /** A value as the export writes it: JSON parts as JSON text, others as text, absent ones as null. */
    static String exported(JsonNode details, String name) {
        JsonNode value = details.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isContainer() ? JSON.writeValueAsString(value) : value.asString();
    }

    static JsonNode parse(String details) {
        return JSON.readTree(details);
    }

    private static JsonNode tree(String json) {
        return json == null ? null : JSON.readTree(json);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String string(JsonNode details, String name) {
        return details.hasNonNull(name) ? details.get(name).asString() : null;
    }

    private static Long number(JsonNode details, String name) {
        return details.hasNonNull(name) ? details.get(name).asLong() : null;
    }

    private static Instant instant(JsonNode details, String name) {
        return details.hasNonNull(name) ? Instant.parse(details.get(name).asString()) : null;
    }

    private static <T> T convert(JsonNode value, TypeReference<T> type, T absent) {
        return value.isMissingNode() || value.isNull() ? absent : JSON.convertValue(value, type);
    }
}
