package com.gauthconsole.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One attempt as pages show it: all redacted, bodies pretty-printed. */
public record AttemptView(
        long id,
        Step step,
        int number,
        String actor,
        Instant startedAt,
        Instant finishedAt,
        AttemptStatus status,
        String requestMethod,
        String requestUrl,
        Map<String, List<String>> requestHeaders,
        String requestBody,
        Integer responseStatus,
        String responseBody,
        Long durationMs,
        Map<String, String> returnedIds,
        String failureReason) {}
