package com.gauthconsole.audit;

import java.time.Instant;

/** The user has made all the fingerprint checks allowed in 24 hours. */
class FingerprintChecksUsedUp extends RuntimeException {

    private final Instant nextAt;

    FingerprintChecksUsedUp(int perDay, Instant nextAt) {
        super("You have made your " + perDay + " fingerprint checks of the last 24 hours.");
        this.nextAt = nextAt;
    }

    Instant nextAt() {
        return nextAt;
    }
}
