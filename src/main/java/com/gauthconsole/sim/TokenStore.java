package com.gauthconsole.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The access tokens issued so far, each valid for the configured lifetime. */
class TokenStore {

    private static final String SCHEME = "Bearer ";

    record IssuedToken(String accessToken, String refreshToken, String clientId, Instant expiresAt) {}

    private final Map<String, IssuedToken> byAccessToken = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lifetime;

    TokenStore(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    IssuedToken issue(String clientId) {
        var token = new IssuedToken(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                clientId,
                clock.instant().plus(lifetime));
        byAccessToken.put(token.accessToken(), token);
        return token;
    }

    long secondsLeft(IssuedToken token) {
        return Math.max(0, Duration.between(clock.instant(), token.expiresAt()).toSeconds());
    }

    void requireValid(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw GauthRejection.unauthorized("Bearer access token required (Authorization: Bearer <access_token>)");
        }
        IssuedToken token =
                byAccessToken.get(authorization.substring(SCHEME.length()).trim());
        if (token == null) {
            throw GauthRejection.unauthorized("Unknown access token");
        }
        if (!clock.instant().isBefore(token.expiresAt())) {
            throw GauthRejection.unauthorized("Access token expired");
        }
    }

    void clear() {
        byAccessToken.clear();
    }
}
