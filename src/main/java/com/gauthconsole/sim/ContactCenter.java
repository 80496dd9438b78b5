package com.gauthconsole.sim;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A contact center in an environment. {@code ccId} is the CC-id the caller chose, {@code ccid} the contact center ID
 * (CCID) GAuth answered in {@code path}.
 */
record ContactCenter(String ccid, String ccId, String environmentId, List<String> domains, String auth) {

    static ContactCenter from(RequestData request, IdModel ids, EnvironmentDirectory environments) {
        String ccId = request.requiredText("id");
        List<String> domains = request.requiredTextOrTextList("domains");
        String auth = request.requiredText("auth");
        String environmentId = request.requiredText("environmentId");
        Environment environment = environments
                .find(environmentId)
                .orElseThrow(() -> GauthRejection.invalid("data.environmentId '" + environmentId
                        + "' is not an existing environment ID (the ID in the path of the environment's create"
                        + " response)"));
        return new ContactCenter(ids.assign(ccId), ccId, environment.environmentId(), domains, auth);
    }

    String path() {
        return "/contact-centers/" + ccid;
    }

    ObjectNode toData(List<ContactCenterSetting> settings) {
        ObjectNode into = JsonNodeFactory.instance.objectNode();
        into.put("id", ccId);
        into.put("environmentId", environmentId);
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
