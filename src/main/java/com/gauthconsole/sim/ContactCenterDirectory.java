package com.gauthconsole.sim;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The contact centers added so far, unique by their CC-id, with their settings. */
class ContactCenterDirectory {

    private final Map<UUID, ContactCenter> byUuid = new HashMap<>();
    private final Map<String, ContactCenter> byId = new HashMap<>();
    private final Map<UUID, Map<String, ContactCenterSetting>> settings = new HashMap<>();
    private final EnvironmentDirectory environments;

    ContactCenterDirectory(EnvironmentDirectory environments) {
        this.environments = environments;
    }

    ContactCenter add(JsonNode body) {
        ContactCenter contactCenter = ContactCenter.from(RequestData.of(body), UUID.randomUUID(), environments);
        synchronized (this) {
            if (byId.containsKey(contactCenter.id())) {
                throw GauthRejection.alreadyExists("Contact center '" + contactCenter.id() + "' already exists");
            }
            byId.put(contactCenter.id(), contactCenter);
            byUuid.put(contactCenter.uuid(), contactCenter);
            settings.put(contactCenter.uuid(), new LinkedHashMap<>());
        }
        return contactCenter;
    }

    /** Stores the setting, replacing one with the same location and name. */
    void putSetting(String ccid, JsonNode body) {
        ContactCenter contactCenter = require(ccid);
        ContactCenterSetting setting = ContactCenterSetting.from(RequestData.of(body));
        synchronized (this) {
            settings.get(contactCenter.uuid()).put(setting.key(), setting);
        }
    }

    /** The contact center with this CCID or, for convenience when adopting, this CC-id. */
    synchronized Optional<ContactCenter> find(String ccidOrId) {
        return Identifiers.asUuid(ccidOrId).map(byUuid::get).or(() -> Optional.ofNullable(byId.get(ccidOrId)));
    }

    synchronized List<ContactCenterSetting> settingsOf(ContactCenter contactCenter) {
        return List.copyOf(settings.get(contactCenter.uuid()).values());
    }

    ContactCenter require(String ccidOrId) {
        return find(ccidOrId).orElseThrow(() -> GauthRejection.notFound("Contact center '" + ccidOrId + "' not found"));
    }

    synchronized int count() {
        return byUuid.size();
    }

    synchronized void clear() {
        byUuid.clear();
        byId.clear();
        settings.clear();
    }
}
