package com.gauthconsole.run.api;

import com.gauthconsole.api.ApiProblem;
import com.gauthconsole.run.step.StepForm;
import com.gauthconsole.secret.Secret;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.Validator;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;

/**
 * A step's form from a JSON body, as the page would bind it: the body's fields laid over the form the page would
 * show (the procedure's defaults, the run's earlier results, or the last attempt's inputs), then the form's checks.
 * Secrets are read from the body and written back as empty strings: a form never carries one out.
 */
@Component
class StepBodies {

    private final Validator validator;
    private final JsonMapper json;

    StepBodies(@Qualifier("mvcValidator") Validator validator) {
        this.validator = validator;
        SimpleModule secrets = new SimpleModule("typed-secrets")
                .addSerializer(Secret.class, new ValueSerializer<>() {
                    @Override
                    public void serialize(Secret secret, JsonGenerator json, SerializationContext context) {
                        json.writeString("");
                    }
                })
                .addDeserializer(Secret.class, new ValueDeserializer<>() {
                    @Override
                    public Secret deserialize(JsonParser json, DeserializationContext context) {
                        return Secret.of(json.getValueAsString(""));
                    }

                    @Override
                    public Secret getNullValue(DeserializationContext context) {
                        return Secret.empty();
                    }
                });
        this.json = JsonMapper.builder()
                .addModule(secrets)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** The form as JSON, its secrets empty. */
    JsonNode show(StepForm form) {
        return json.valueToTree(form);
    }

    /** The JSON as plain maps, lists and values, for the OpenAPI document's own serialiser. */
    Map<String, Object> plain(JsonNode node) {
        return json.convertValue(node, new TypeReference<Map<String, Object>>() {});
    }

    /** The filled-in form with the body laid over it, checked; a field that cannot be read or is wrong is refused. */
    <F extends StepForm> Bound<F> bind(F shown, Class<F> type, Map<String, Object> body) {
        ObjectNode merged = json.valueToTree(shown);
        if (body != null) {
            merged.setAll((ObjectNode) json.valueToTree(body));
        }
        F form;
        try {
            form = json.treeToValue(merged, type);
        } catch (DatabindException unreadable) {
            throw ApiProblem.invalid(unreadableField(unreadable));
        }
        DataBinder binder = new DataBinder(form, "form");
        binder.setValidator(validator);
        binder.validate();
        return new Bound<>(form, binder.getBindingResult());
    }

    /** A small body that carries a secret, read with the secret as a {@link Secret}. */
    <T> T read(Map<String, Object> body, Class<T> type) {
        try {
            return json.treeToValue(json.valueToTree(body == null ? Map.of() : body), type);
        } catch (DatabindException unreadable) {
            throw ApiProblem.invalid(unreadableField(unreadable));
        }
    }

    private static BindingResult unreadableField(DatabindException unreadable) {
        BindingResult errors = new MapBindingResult(Map.of(), "form");
        String field = unreadable.getPath().stream()
                .map(reference -> reference.getPropertyName() == null
                        ? String.valueOf(reference.getIndex())
                        : reference.getPropertyName())
                .reduce((parent, child) -> parent + "." + child)
                .orElse("");
        errors.rejectValue(field, "unreadable", "No such field, or not a value of its type");
        return errors;
    }

    record Bound<F extends StepForm>(F form, BindingResult errors) {}
}
