package com.gauthconsole.sim;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The environments added so far, unique by their CC-id and found by either that or their environment ID. */
class EnvironmentDirectory {

    private final Map<UUID, Environment> byUuid = new HashMap<>();
    private final Map<String, Environment> byId = new HashMap<>();

    Environment add(JsonNode body) {
        Environment environment = Environment.from(RequestData.of(body), UUID.randomUUID());
        synchronized (this) {
            if (byId.containsKey(environment.id())) {
                throw GauthRejection.alreadyExists("Environment '" + environment.id() + "' already exists");
            }
            byId.put(environment.id(), environment);
            byUuid.put(environment.uuid(), environment);
        }
        return environment;
    }

    /** The environment with this environment ID (the UUID from the create response's path). */
    synchronized Optional<Environment> findByUuid(String uuid) {
        return Identifiers.asUuid(uuid).map(byUuid::get);
    }

    /** The environment with this environment ID or, for convenience when adopting, this CC-id. */
    synchronized Optional<Environment> find(String uuidOrId) {
        return findByUuid(uuidOrId).or(() -> Optional.ofNullable(byId.get(uuidOrId)));
    }

    synchronized void clear() {
        byUuid.clear();
        byId.clear();
    }

    synchronized int count() {
        return byUuid.size();
    }
}
