package com.gauthconsole.run.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The IDs a step brought back from GAuth, by their GAuth names. */
public record ReturnedIds(Map<String, String> values) {

    public static final String CLIENT_ID = "client_id";
    public static final String ENVIRONMENT_ID = "environment_id";
    public static final String CONTACT_CENTER_ID = "contact_center_id";

    public ReturnedIds {
        values = Map.copyOf(values);
    }

    public static ReturnedIds none() {
        return new ReturnedIds(Map.of());
    }

    public static ReturnedIds of(String name, String value) {
        return new ReturnedIds(Map.of(name, value));
    }

    Optional<String> clientId() {
        return Optional.ofNullable(values.get(CLIENT_ID));
    }

    Optional<String> environmentId() {
        return Optional.ofNullable(values.get(ENVIRONMENT_ID));
    }

    Optional<String> contactCenterId() {
        return Optional.ofNullable(values.get(CONTACT_CENTER_ID));
    }

    Map<String, String> ordered() {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String name : new String[] {CLIENT_ID, ENVIRONMENT_ID, CONTACT_CENTER_ID}) {
            if (values.containsKey(name)) {
                ordered.put(name, values.get(name));
            }
        }
        return ordered;
    }
}
