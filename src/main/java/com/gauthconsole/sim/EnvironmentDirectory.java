package com.gauthconsole.sim;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The environments added so far, unique by their CC-id and found only by the environment ID GAuth answered. */
class EnvironmentDirectory {

    private final Map<String, Environment> byEnvironmentId = new HashMap<>();
    private final Map<String, Environment> byCcId = new HashMap<>();
    private final IdModel ids;

    EnvironmentDirectory(IdModel ids) {
        this.ids = ids;
    }

    Environment add(JsonNode body) {
        Environment environment = Environment.from(RequestData.of(body), ids);
        synchronized (this) {
            if (byCcId.containsKey(environment.ccId())) {
                throw GauthRejection.alreadyExists("Environment '" + environment.ccId() + "' already exists");
            }
            byCcId.put(environment.ccId(), environment);
            byEnvironmentId.put(environment.environmentId(), environment);
        }
        return environment;
    }

    /** The environment with this environment ID (the last segment of the path its create call answered). */
    synchronized Optional<Environment> find(String environmentId) {
        return Optional.ofNullable(byEnvironmentId.get(environmentId));
    }

    synchronized void clear() {
        byEnvironmentId.clear();
        byCcId.clear();
    }

    synchronized int count() {
        return byEnvironmentId.size();
    }
}
