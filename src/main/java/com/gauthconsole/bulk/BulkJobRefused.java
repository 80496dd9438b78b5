package com.gauthconsole.bulk;

/** The job cannot be started or dropped now; the message says why. Nothing was changed. */
public class BulkJobRefused extends RuntimeException {

    BulkJobRefused(String message) {
        super(message, null, false, false);
    }
}
