package com.gauthconsole.notify;

import java.time.Instant;

/** A notice given up after its last attempt, as administrators see it: what it was about and why it failed. */
record FailedNotice(
        long id,
        Channel channel,
        String event,
        String subject,
        String title,
        int attempts,
        String lastFailure,
        Instant createdAt,
        Instant gaveUpAt) {}
