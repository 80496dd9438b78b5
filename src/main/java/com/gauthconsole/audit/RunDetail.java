package com.gauthconsole.audit;

import java.util.List;

/**
 * A run with every attempt of every step in the order they were recorded, the run's other events (started, moved,
 * abandoned, finished), and the secrets' fingerprints it shows.
 */
public record RunDetail(
        RunRow run,
        List<RecordedAttempt> attempts,
        List<AuditEvent> runEvents,
        List<FingerprintSighting> fingerprints) {}
