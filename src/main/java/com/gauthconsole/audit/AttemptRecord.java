package com.gauthconsole.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One attempt as the audit shows it, all redacted as stored, bodies pretty-printed, with its place in the chain.
 *
 * @param kind why the attempt was made: EXECUTE, RE_RUN, TOKEN_RENEWAL, ADOPTION or SKIP
 * @param reRunOf the failed or interrupted attempt this one re-ran or adopted for, or null
 * @param inputChanges the non-secret inputs a re-run changed: field, before, after
 */
public record AttemptRecord(
        long id,
        String step,
        int number,
        String actor,
        Instant startedAt,
        Instant finishedAt,
        String status,
        String kind,
        Long reRunOf,
        List<Map<String, String>> inputChanges,
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
