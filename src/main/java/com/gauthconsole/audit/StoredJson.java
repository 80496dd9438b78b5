package com.gauthconsole.audit;

import tools.jackson.databind.json.JsonMapper;

/** Pretty-prints recorded JSON bodies for reading; a body that is not JSON stays as it was. */
final class StoredJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private StoredJson() {}

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
