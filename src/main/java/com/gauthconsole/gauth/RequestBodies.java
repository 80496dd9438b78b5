package com.gauthconsole.gauth;

import com.gauthconsole.secret.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request bodies, in the field names and order of the reference procedure. Secrets are revealed here and
 * nowhere else on the way out.
 */
final class RequestBodies {

    private final JsonMapper mapper;

    RequestBodies(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String apiClient(NewApiClient client) {
        ObjectNode data = mapper.createObjectNode()
                .put("name", client.name())
                .put("clientType", client.clientType())
                .put("internalClient", client.internalClient())
                .put("refreshTokenExpirationTimeout", client.refreshTokenExpirationTimeout())
                .put("client_id", client.clientId())
                .put("client_secret", client.clientSecret().reveal());
        data.set("authorities", strings(client.authorities()));
        data.set("scope", strings(client.scope()));
        data.set("authorizedGrantTypes", strings(client.authorizedGrantTypes()));
        data.set("redirectURIs", strings(client.redirectUris()));
        data.put("accessTokenExpirationTimeout", client.accessTokenExpirationTimeout());
        return wrap(data);
    }

    String passwordGrant(String clientId, BasicCredentials user) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("username", user.username());
        fields.put("client_id", clientId);
        fields.put("grant_type", "password");
        fields.put("password", user.password().reveal());
        return form(fields);
    }

    /** RFC 6749 §6: the client authenticates with HTTP Basic, so the body names only the grant and the token. */
    String refreshGrant(Secret refreshToken) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("grant_type", "refresh_token");
        fields.put("refresh_token", refreshToken.reveal());
        return form(fields);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    String environment(NewEnvironment environment) {
        ObjectNode data = mapper.createObjectNode()
                .put("id", environment.id())
                .put("username", environment.username())
                .put("password", environment.password().reveal())
                .put("connectionProtocol", environment.connectionProtocol())
                .put("remoteTimeout", environment.remoteTimeout())
                .put("appName", environment.appName())
                .put("traceMode", environment.traceMode())
                .put("tlsEnabled", environment.tlsEnabled());
        ArrayNode servers = data.putArray("configServers");
        for (NewEnvironment.ConfigServer server : environment.configServers()) {
            servers.addObject()
                    .put("primaryPort", server.primaryPort())
                    .put("readOnly", server.readOnly())
                    .put("primaryAddress", server.primaryAddress())
                    .put("locations", server.locations());
        }
        data.put("localTimeout", environment.localTimeout()).put("tenant", environment.tenant());
        return wrap(data);
    }

    String contactCenter(NewContactCenter contactCenter) {
        ObjectNode data = mapper.createObjectNode();
        data.set("domains", strings(contactCenter.domains()));
        data.put("environmentId", contactCenter.environmentId())
                .put("auth", contactCenter.auth())
                .put("id", contactCenter.id());
        return wrap(data);
    }

    String dataCenter(NewDataCenter dataCenter) {
        return wrap(mapper.createObjectNode()
                .put("location", dataCenter.location())
                .put("entryPoint", dataCenter.entryPoint())
                .put("readOnly", dataCenter.readOnly()));
    }

    String setting(ContactCenterSetting setting) {
        return wrap(mapper.createObjectNode()
                .put("location", setting.location())
                .put("name", setting.name())
                .put("shared", setting.shared())
                .put("value", setting.value()));
    }

    private ArrayNode strings(List<String> values) {
        ArrayNode array = mapper.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private String wrap(ObjectNode data) {
        ObjectNode body = mapper.createObjectNode();
        body.set("data", data);
        return mapper.writeValueAsString(body);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
