package com.gauthconsole.sim;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A successful OAuth 2.0 token response. */
record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("expires_in") long expiresIn,
        String scope) {}
