package com.gauthconsole.sim;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OAuth client created through the ops API; {@code data} is what GAuth answers, secrets included. The token
 * lifetimes are empty when the request left them out.
 */
record ApiClient(
        String clientId,
        String clientSecret,
        Set<String> authorizedGrantTypes,
        Optional<Duration> accessTokenLifetime,
        Optional<Duration> refreshTokenLifetime,
        ObjectNode data) {

    /** GAuth adds these to every client it creates, as the reference response shows. */
    static final List<String> GRANT_TYPES_ADDED_BY_GAUTH =
            List.of("urn:ietf:params:oauth:grant-type:token-exchange", "urn:ietf:params:oauth:grant-type:jwt-bearer");

    private static final Set<String> CLIENT_TYPES = Set.of("CONFIDENTIAL", "PUBLIC");

    static ApiClient from(RequestData request, String generatedSecret, String encryptedSecret, long createdAt) {
        String clientId = request.requiredText("client_id");
        request.requiredText("name");
        String clientType = request.requiredText("clientType");
        if (!CLIENT_TYPES.contains(clientType)) {
            throw GauthRejection.invalid("data.clientType must be one of " + CLIENT_TYPES);
        }
        Set<String> grantTypes = new LinkedHashSet<>(request.requiredTextList("authorizedGrantTypes"));
        grantTypes.addAll(GRANT_TYPES_ADDED_BY_GAUTH);
        request.optionalTextList("scope");
        request.optionalTextList("authorities");
        request.optionalTextList("redirectURIs");
        request.optionalBoolean("internalClient");
        Optional<Duration> accessTokenLifetime = request.optionalInt(
                        "accessTokenExpirationTimeout", 1, Integer.MAX_VALUE)
                .map(Duration::ofSeconds);
        Optional<Duration> refreshTokenLifetime = request.optionalInt(
                        "refreshTokenExpirationTimeout", 1, Integer.MAX_VALUE)
                .map(Duration::ofSeconds);
        String secret = request.optionalText("client_secret").orElse(generatedSecret);

        ObjectNode data = request.copy();
        var grantTypesNode = data.putArray("authorizedGrantTypes");
        grantTypes.forEach(grantTypesNode::add);
        data.put("createdAt", createdAt);
        data.put("client_secret", secret);
        data.put("encrypted_client_secret", encryptedSecret);
        return new ApiClient(clientId, secret, Set.copyOf(grantTypes), accessTokenLifetime, refreshTokenLifetime, data);
    }

    /** What a read returns: the client without its secrets. */
    ObjectNode withoutSecrets() {
        ObjectNode view = data.deepCopy();
        view.remove(List.of("client_secret", "encrypted_client_secret"));
        return view;
    }
}
