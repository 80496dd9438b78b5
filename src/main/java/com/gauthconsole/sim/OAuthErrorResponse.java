package com.gauthconsole.sim;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An OAuth 2.0 error response (RFC 6749 §5.2). */
record OAuthErrorResponse(
        String error, @JsonProperty("error_description") String errorDescription) {}
