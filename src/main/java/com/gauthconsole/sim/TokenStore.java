package com.gauthconsole.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens issued so far. An access token lives as long as its client's {@code accessTokenExpirationTimeout} says,
 * at most the configured lifetime (which lets tests shorten it); a refresh token as long as the client's
 * {@code refreshTokenExpirationTimeout}. A refresh keeps the refresh token and issues a new access token.
 */
class TokenStore {

    private static final String SCHEME = "Bearer ";

    record IssuedToken(
            String accessToken, String refreshToken, String clientId, Instant expiresAt, Instant refreshExpiresAt) {}

    private final Map<String, IssuedToken> byAccessToken = new ConcurrentHashMap<>();
    private final Map<String, IssuedToken> byRefreshToken = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration longestLifetime;

    TokenStore(Clock clock, Duration longestLifetime) {
        this.clock = clock;
        this.longestLifetime = longestLifetime;
    }

    IssuedToken issue(ApiClient client) {
        Instant now = clock.instant();
        var token = new IssuedToken(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                client.clientId(),
                now.plus(accessLifetime(client)),
                now.plus(client.refreshTokenLifetime().orElse(accessLifetime(client))));
        byAccessToken.put(token.accessToken(), token);
        byRefreshToken.put(token.refreshToken(), token);
        return token;
    }

    /** A new access token for the client that holds this unexpired refresh token; empty for any other. */
    Optional<IssuedToken> refresh(ApiClient client, String refreshToken) {
        Instant now = clock.instant();
        return Optional.ofNullable(byRefreshToken.get(refreshToken))
                .filter(issued -> issued.clientId().equals(client.clientId()))
                .filter(issued -> now.isBefore(issued.refreshExpiresAt()))
                .map(issued -> {
                    var token = new IssuedToken(
                            UUID.randomUUID().toString(),
                            refreshToken,
                            client.clientId(),
                            now.plus(accessLifetime(client)),
                            issued.refreshExpiresAt());
                    byAccessToken.put(token.accessToken(), token);
                    return token;
                });
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
        byRefreshToken.clear();
    }

    private Duration accessLifetime(ApiClient client) {
        return client.accessTokenLifetime()
                .filter(lifetime -> lifetime.compareTo(longestLifetime) < 0)
                .orElse(longestLifetime);
    }
}
