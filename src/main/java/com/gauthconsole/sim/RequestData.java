package com.gauthconsole.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code data} object of a GAuth request (or an object nested in it), read field by field. Each reader rejects a
 * missing or ill-typed field with a message that names it by its path, e.g. {@code data.configServers[0].primaryPort}.
 */
final class RequestData {

    private final String path;
    private final ObjectNode node;

    private RequestData(String path, ObjectNode node) {
        this.path = path;
        this.node = node;
    }

    static RequestData of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw GauthRejection.invalid("The request body must be a JSON object with a data object");
        }
        JsonNode data = body.get("data");
        if (data == null || data.isNull()) {
            throw GauthRejection.invalid("data is required");
        }
        if (!data.isObject()) {
            throw GauthRejection.invalid("data must be an object");
        }
        return new RequestData("data", (ObjectNode) data);
    }

    /** A copy of the fields as sent, for echoing back. */
    ObjectNode copy() {
        return node.deepCopy();
    }

    String requiredText(String field) {
        return optionalText(field).orElseThrow(() -> missing(field));
    }

    Optional<String> optionalText(String field) {
        JsonNode value = present(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw invalid(field, "must be a string");
        }
        if (value.stringValue().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.stringValue());
    }

    /** A non-empty list of non-blank strings. */
    List<String> requiredTextList(String field) {
        JsonNode value = present(field);
        if (value == null) {
            throw missing(field);
        }
        return textList(field, value);
    }

    /** A non-empty list of non-blank strings, also accepting a single string for a one-element list. */
    List<String> requiredTextOrTextList(String field) {
        JsonNode value = present(field);
        if (value == null || (value.isString() && value.stringValue().isBlank())) {
            throw missing(field);
        }
        return value.isString() ? List.of(value.stringValue()) : textList(field, value);
    }

    Optional<List<String>> optionalTextList(String field) {
        JsonNode value = present(field);
        return value == null ? Optional.empty() : Optional.of(textList(field, value));
    }

    boolean requiredBoolean(String field) {
        return optionalBoolean(field).orElseThrow(() -> missing(field));
    }

    Optional<Boolean> optionalBoolean(String field) {
        JsonNode value = present(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw invalid(field, "must be true or false");
        }
        return Optional.of(value.booleanValue());
    }

    /** The string "true" or "false", which is how the CORS settings call sends its flag. */
    String requiredBooleanText(String field) {
        JsonNode value = present(field);
        if (value == null) {
            throw missing(field);
        }
        if (!value.isString()
                || !(value.stringValue().equals("true") || value.stringValue().equals("false"))) {
            throw invalid(field, "must be the string \"true\" or \"false\"");
        }
        return value.stringValue();
    }

    int requiredInt(String field, int min, int max) {
        return optionalInt(field, min, max).orElseThrow(() -> missing(field));
    }

    Optional<Integer> optionalInt(String field, int min, int max) {
        JsonNode value = present(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalid(field, "must be a whole number");
        }
        int number = value.intValue();
        if (number < min || number > max) {
            throw invalid(field, "must be between " + min + " and " + max);
        }
        return Optional.of(number);
    }

    /** A non-empty list of objects, each read by its own {@code RequestData}. */
    List<RequestData> requiredObjectList(String field) {
        JsonNode value = present(field);
        if (value == null) {
            throw missing(field);
        }
        if (!value.isArray() || value.isEmpty()) {
            throw invalid(field, "must be a non-empty list");
        }
        List<RequestData> items = new ArrayList<>();
        int index = 0;
        for (JsonNode item : value.values()) {
            String itemPath = path + "." + field + "[" + index++ + "]";
            if (!item.isObject()) {
                throw GauthRejection.invalid(itemPath + " must be an object");
            }
            items.add(new RequestData(itemPath, (ObjectNode) item));
        }
        return items;
    }

    private List<String> textList(String field, JsonNode value) {
        if (!value.isArray() || value.isEmpty()) {
            throw invalid(field, "must be a non-empty list of strings");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value.values()) {
            if (!item.isString() || item.stringValue().isBlank()) {
                throw invalid(field, "must be a non-empty list of strings");
            }
            texts.add(item.stringValue());
        }
        return List.copyOf(texts);
    }

    private JsonNode present(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private GauthRejection missing(String field) {
        return GauthRejection.invalid(path + "." + field + " is required");
    }

    private GauthRejection invalid(String field, String problem) {
        return GauthRejection.invalid(path + "." + field + " " + problem);
    }
}
