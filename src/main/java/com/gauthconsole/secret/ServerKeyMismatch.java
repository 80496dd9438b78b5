package com.gauthconsole.secret;

/**
 * A server key does not fit this database, or is missing while the database holds what was made with it. The console
 * refuses to start rather than make a new key, which would leave every sealed secret unreadable and change every
 * fingerprint.
 */
public class ServerKeyMismatch extends IllegalStateException {

    ServerKeyMismatch(String message) {
        super(message);
    }
}
