package com.gauthconsole.run;

import tools.jackson.databind.json.JsonMapper;

/** Recorded JSON bodies indented for reading, wherever an attempt or a preview is shown; other text as it was. */
public final class PrettyJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private PrettyJson() {}

    public static String of(String body) {
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
