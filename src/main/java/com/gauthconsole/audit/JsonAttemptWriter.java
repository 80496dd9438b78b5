package com.gauthconsole.audit;

import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON array, written as it streams: one object per attempt, keys as the CSV's header, numbers as numbers, the
 * stored header maps and returned IDs as JSON objects, bodies as the text that went over the wire.
 */
final class JsonAttemptWriter implements AttemptWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final JsonGenerator json;

    JsonAttemptWriter(OutputStream out) {
        this.json = MAPPER.createGenerator(out);
    }

    @Override
    public void start() {
        json.writeStartArray();
    }

    @Override
    public void attempt(String[] values) {
        ExportColumn[] columns = ExportColumn.values();
        json.writeStartObject();
        for (int i = 0; i < columns.length; i++) {
            json.writeName(columns[i].label());
            write(columns[i].kind(), values[i]);
        }
        json.writeEndObject();
    }

    @Override
    public void finish() {
        json.writeEndArray();
        json.flush();
    }

    private void write(ExportColumn.Kind kind, String value) {
        if (value == null) {
            json.writeNull();
            return;
        }
        switch (kind) {
            case NUMBER -> json.writeNumber(Long.parseLong(value));
            case JSON -> json.writeTree(tree(value));
            case TEXT, TIME -> json.writeString(value);
        }
    }

    /** A stored JSON column as JSON; as a plain string if it does not parse (for example after tampering). */
    private static JsonNode tree(String value) {
        try {
            return MAPPER.readTree(value);
        } catch (RuntimeException notJson) {
            return MAPPER.getNodeFactory().textNode(value);
        }
    }
}
