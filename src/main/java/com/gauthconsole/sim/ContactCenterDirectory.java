package com.gauthconsole.sim;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The contact centers added so far, unique by their CC-id and found only by the CCID GAuth answered, with their
 * settings.
 */
class ContactCenterDirectory {

    private final Map<String, ContactCenter> byCcid = new HashMap<>();
    private final Map<String, ContactCenter> byCcId = new HashMap<>();
    private final Map<String, Map<String, ContactCenterSetting>> settings = new HashMap<>();
    private final EnvironmentDirectory environments;
    private final IdModel ids;

    ContactCenterDirectory(EnvironmentDirectory environments, IdModel ids) {
        this.environments = environments;
        this.ids = ids;
    }

    ContactCenter add(JsonNode body) {
        ContactCenter contactCenter = ContactCenter.from(RequestData.of(body), ids, environments);
        synchronized (this) {
            if (byCcId.containsKey(contactCenter.ccId())) {
                throw GauthRejection.alreadyExists("Contact center '" + contactCenter.ccId() + "' already exists");
            }
            byCcId.put(contactCenter.ccId(), contactCenter);
            byCcid.put(contactCenter.ccid(), contactCenter);
            settings.put(contactCenter.ccid(), new LinkedHashMap<>());
        }
        return contactCenter;
    }

    /** Stores the setting, replacing one with the same location and name. */
    void putSetting(String ccid, JsonNode body) {
        ContactCenter contactCenter = require(ccid);
        ContactCenterSetting setting = ContactCenterSetting.from(RequestData.of(body));
        synchronized (this) {
            settings.get(contactCenter.ccid()).put(setting.key(), setting);
        }
    }

    /** The contact center with this CCID (the last segment of the path its create call answered). */
    synchronized Optional<ContactCenter> find(String ccid) {
        return Optional.ofNullable(byCcid.get(ccid));
    }

    synchronized List<ContactCenterSetting> settingsOf(ContactCenter contactCenter) {
        return List.copyOf(settings.get(contactCenter.ccid()).values());
    }

    ContactCenter require(String ccid) {
        return find(ccid).orElseThrow(() -> GauthRejection.notFound("Contact center '" + ccid + "' not found"));
    }

    synchronized int count() {
        return byCcid.size();
    }

    synchronized void clear() {
        byCcid.clear();
        byCcId.clear();
        settings.clear();
    }
}
