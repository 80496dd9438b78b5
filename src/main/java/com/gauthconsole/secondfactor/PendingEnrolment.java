package com.gauthconsole.secondfactor;

import com.gauthconsole.secret.Secret;

/**
 * A second factor waiting for its first code: the secret as the person types it into their app, the URI and the
 * QR code that carry it.
 */
record PendingEnrolment(Secret secret, Secret otpauthUri, String qrCodeImage) {

    /** The secret in groups of four, easier to type. */
    public String groupedSecret() {
        return secret.reveal().replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return "PendingEnrolment[REDACTED]";
    }
}
