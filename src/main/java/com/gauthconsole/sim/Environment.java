package com.gauthconsole.sim;

import tools.jackson.databind.node.ObjectNode;

/**
 * A tenant environment: GAuth's link to one Configuration Server. {@code ccId} is the CC-id the caller chose,
 * {@code environmentId} the ID GAuth answered in {@code path}; {@code data} is what a read shows, without the password.
 */
record Environment(String environmentId, String ccId, ObjectNode data) {

    static Environment from(RequestData request, IdModel ids) {
        String ccId = request.requiredText("id");
        request.requiredText("username");
        request.requiredText("password");
        request.requiredText("connectionProtocol");
        request.requiredText("appName");
        request.optionalText("traceMode");
        request.optionalText("tenant");
        request.optionalBoolean("tlsEnabled");
        request.optionalInt("remoteTimeout", 0, Integer.MAX_VALUE);
        request.optionalInt("localTimeout", 0, Integer.MAX_VALUE);
        for (RequestData configServer : request.requiredObjectList("configServers")) {
            configServer.requiredText("primaryAddress");
            configServer.requiredInt("primaryPort", 1, 65535);
            configServer.optionalBoolean("readOnly");
            configServer.optionalText("locations");
        }
        ObjectNode data = request.copy();
        data.remove("password");
        return new Environment(ids.assign(ccId), ccId, data);
    }

    String path() {
        return "/environments/" + environmentId;
    }
}
