package com.gauthconsole.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One attempt as the audit shows it, all redacted as stored, bodies pretty-printed, with its place in the chain.
 * A re-run's link to the attempt it re-ran belongs here once attempts record it.
 */
public record AttemptRecord(
        long id,
        String step,
        int number,
        String actor,
        Instant startedAt,
        Instant finishedAt,
        String status,
        String requestMethod,
        String requestUrl,
        Map<String, List<String>> requestHeaders,
        String requestBody,
        Integer responseStatus,
        String responseBody,
        Long durationMs,
        Map<String, String> returnedIds,
        String failureReason,
        Long chainSeq,
        String recordHash) {}
