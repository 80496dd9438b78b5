package com.gauthconsole.gauth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request to GAuth and what came back, already redacted: safe to store, log and show.
 *
 * @param httpStatus null when no response arrived (refused connection, timeout)
 * @param responseBody null when no response arrived
 * @param failure the support message when the call failed, null when it succeeded
 */
public record GauthExchange(
        GauthCall call,
        Instant startedAt,
        String method,
        String url,
        Map<String, List<String>> requestHeaders,
        String requestBody,
        Integer httpStatus,
        Map<String, List<String>> responseHeaders,
        String responseBody,
        Duration duration,
        String failure) {

    public boolean succeeded() {
        return failure == null;
    }
}
