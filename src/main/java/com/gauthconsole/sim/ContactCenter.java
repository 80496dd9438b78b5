package com.gauthconsole.sim;

import java.util.List;
import java.util.UUID;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A contact center in an environment. {@code id} is the CC-id the caller chose, {@code uuid} the CCID GAuth assigned.
 */
record ContactCenter(UUID uuid, String id, UUID environmentUuid, List<String> domains, String auth) {

    static ContactCenter from(RequestData request, UUID uuid, EnvironmentDirectory environments) {
        String id = request.requiredText("id");
        List<String> domains = request.requiredTextOrTextList("domains");
        String auth = request.requiredText("auth");
        String environmentId = request.requiredText("environmentId");
        Environment environment = environments
                .findByUuid(environmentId)
                .orElseThrow(() -> GauthRejection.invalid("data.environmentId '" + environmentId
                        + "' is not an existing environment ID (the UUID from the path of the environment's"
                        + " create response)"));
        return new ContactCenter(uuid, id, environment.uuid(), domains, auth);
    }

    String path() {
        return "/contact-centers/" + uuid;
    }

    ObjectNode toData(List<ContactCenterSetting> settings) {
        ObjectNode into = JsonNodeFactory.instance.objectNode();
        into.put("id", id);
        into.put("environmentId", environmentUuid.toString());
        domains.forEach(into.putArray("domains")::add);
        into.put("auth", auth);
        ArrayNode settingsNode = into.putArray("settings");
        settings.forEach(setting -> settingsNode
                .addObject()
                .put("location", setting.location())
                .put("name", setting.name())
                .put("shared", setting.shared())
                .put("value", setting.value()));
        return into;
    }
}
