package com.gauthconsole.secret;

import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Redaction of JSON at any depth, including JSON documents carried inside string values. Trailing commas are
 * tolerated because GAuth's own documented examples contain them.
 */
final class JsonRedaction {

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private final Mask mask;
    private final TextRedaction text;

    JsonRedaction(Mask mask, TextRedaction text) {
        this.mask = mask;
        this.text = text;
    }

    /** The redacted document, or empty when the text is not a JSON object or array. */
    Optional<String> redact(String body) {
        String trimmed = body.strip();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return Optional.empty();
        }
        try {
            JsonNode tree = MAPPER.readTree(trimmed);
            return Optional.of(MAPPER.writeValueAsString(redactNode(tree)));
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    private JsonNode redactNode(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                object.set(name, redactProperty(name, object.get(name)));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, redactNode(array.get(i)));
            }
        } else if (node.isString()) {
            return StringNode.valueOf(redactString(node.stringValue()));
        }
        return node;
    }

    private JsonNode redactProperty(String name, JsonNode value) {
        if (!SensitiveKeys.isSensitive(name)
                || value.isNull()
                || (value.isString() && value.stringValue().isEmpty())) {
            return redactNode(value);
        }
        String secret = value.isString() ? value.stringValue() : MAPPER.writeValueAsString(value);
        return StringNode.valueOf(mask.of(secret));
    }

    private String redactString(String value) {
        return redact(value).orElseGet(() -> text.redact(value));
    }
}
