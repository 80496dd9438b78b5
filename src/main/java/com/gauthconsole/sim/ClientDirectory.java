package com.gauthconsole.sim;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/** The OAuth clients created through the ops API, unique by client_id. */
class ClientDirectory {

    private final Map<String, ApiClient> byClientId = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    ClientDirectory(Clock clock) {
        this.clock = clock;
    }

    ApiClient create(JsonNode body) {
        ApiClient client = ApiClient.from(RequestData.of(body), randomBase64(24), randomBase64(16), clock.millis());
        if (byClientId.putIfAbsent(client.clientId(), client) != null) {
            throw GauthRejection.alreadyExists("Client '" + client.clientId() + "' already exists");
        }
        return client;
    }

    /** The client whose id and secret the Basic {@code authorization} carries, or the OAuth rejection. */
    ApiClient authenticated(String authorization) {
        BasicCredentials credentials = BasicCredentials.fromHeader(authorization)
                .orElseThrow(() -> OAuthRejection.invalidClient("Client authentication (HTTP Basic) required"));
        return find(credentials.username())
                .filter(found -> credentials.matches(found.clientId(), found.clientSecret()))
                .orElseThrow(() -> OAuthRejection.invalidClient("Bad client credentials"));
    }

    Optional<ApiClient> find(String clientId) {
        return Optional.ofNullable(byClientId.get(clientId));
    }

    void clear() {
        byClientId.clear();
    }

    int count() {
        return byClientId.size();
    }

    /**
     * The real encrypted secret is opaque to callers, so random bytes of the same length stand in for it; generated
     * secrets are random too, so that no two clients share one.
     */
    private String randomBase64(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getEncoder().encodeToString(value);
    }
}
