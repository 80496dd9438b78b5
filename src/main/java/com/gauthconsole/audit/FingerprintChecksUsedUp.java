package com.gauthconsole.audit;

/** The user has made all the fingerprint checks their 24 hours allow. */
class FingerprintChecksUsedUp extends RuntimeException {

    FingerprintChecksUsedUp(int perDay) {
        super("You have made your " + perDay + " fingerprint checks for now: the count starts again 24 hours after"
                + " your first check.");
    }
}
