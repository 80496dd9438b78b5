package com.gauthconsole.run.engine;

import com.gauthconsole.run.AttemptView;
import com.gauthconsole.secret.Redactor;
import com.gauthconsole.secret.Secret;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON kept with an attempt: its non-secret inputs (a secret input is kept only as its redaction marker, which
 * shows whether the same value was used again), its returned IDs and its headers.
 */
@Component
public class StepInputs {

    private final JsonMapper mapper;

    StepInputs(Redactor redactor) {
        SimpleModule secrets = new SimpleModule("secrets-as-markers")
                .addSerializer(Secret.class, new ValueSerializer<>() {
                    @Override
                    public void serialize(Secret secret, JsonGenerator json, SerializationContext context) {
                        json.writeString(secret.isEmpty() ? "" : redactor.mask(secret));
                    }
                })
                .addDeserializer(Secret.class, new ValueDeserializer<>() {
                    @Override
                    public Secret deserialize(JsonParser json, DeserializationContext context) {
                        json.skipChildren();
                        return Secret.empty();
                    }

                    @Override
                    public Secret getNullValue(DeserializationContext context) {
                        return Secret.empty();
                    }
                });
        this.mapper = JsonMapper.builder()
                .addModule(secrets)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    public <F> F read(String json, Class<F> type) {
        return mapper.readValue(json, type);
    }

    public JsonNode tree(String json) {
        return json == null ? mapper.createObjectNode() : mapper.readTree(json);
    }

    public Map<String, String> readIds(String json) {
        return json == null ? Map.of() : mapper.readValue(json, new TypeReference<Map<String, String>>() {});
    }

    public List<AttemptView.InputChange> readChanges(String json) {
        return json == null ? List.of() : mapper.readValue(json, new TypeReference<List<AttemptView.InputChange>>() {});
    }

    public Map<String, List<String>> readHeaders(String json) {
        return json == null ? Map.of() : mapper.readValue(json, new TypeReference<Map<String, List<String>>>() {});
    }
}
