package com.gauthconsole.run.engine;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * What a re-run changed in a step's non-secret inputs, field by field. Secret fields appear as their fingerprints,
 * so a changed secret shows as changed without showing either value.
 */
public final class InputChanges {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private InputChanges() {}

    /** A JSON array of {@code {"field", "before", "after"}}, empty when nothing changed. */
    public static String between(String before, String after) {
        JsonNode old = tree(before);
        JsonNode now = tree(after);
        Set<String> fields = new LinkedHashSet<>(old.propertyNames());
        fields.addAll(now.propertyNames());
        ArrayNode changes = MAPPER.createArrayNode();
        for (String field : fields) {
            String was = text(old.get(field));
            String is = text(now.get(field));
            if (!Objects.equals(was, is)) {
                changes.addObject().put("field", field).put("before", was).put("after", is);
            }
        }
        return MAPPER.writeValueAsString(changes);
    }

    private static JsonNode tree(String json) {
        return json == null ? MAPPER.createObjectNode() : MAPPER.readTree(json);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isString() ? value.stringValue() : value.toString();
    }
}
