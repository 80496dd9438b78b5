package com.gauthconsole.audit;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON columns of an attempt (headers, returned IDs) and pretty-prints JSON bodies for reading. */
final class StoredJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private StoredJson() {}

    static Map<String, List<String>> headers(String json) {
        return json == null ? Map.of() : MAPPER.readValue(json, new TypeReference<Map<String, List<String>>>() {});
    }

    static List<Map<String, String>> changes(String json) {
        return json == null ? List.of() : MAPPER.readValue(json, new TypeReference<List<Map<String, String>>>() {});
    }

    static Map<String, String> ids(String json) {
        return json == null ? Map.of() : MAPPER.readValue(json, new TypeReference<Map<String, String>>() {});
    }

    static String pretty(String body) {
        if (body == null || body.isBlank()) {
            return body;
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(body));
        } catch (RuntimeException notJson) {
            return body;
        }
    }
}
