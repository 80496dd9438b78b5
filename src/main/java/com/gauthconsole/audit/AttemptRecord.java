package com.gauthconsole.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One attempt as the audit shows it, all redacted as recorded, bodies pretty-printed, with its event in the log.
 *
 * @param kind why the attempt was made: EXECUTE, RE_RUN, TOKEN_RENEWAL, ADOPTION, LATE_ANSWER or SKIP
 * @param reRunOf the failed or interrupted attempt this one re-ran, adopted for or answered late, or null
 * @param inputChanges the non-secret inputs a re-run changed: field, before, after
 * @param seq the number of the event that records it; {@code link} is that event's link
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
        String failureKind,
        String failureReason,
        long seq,
        String link) {}
