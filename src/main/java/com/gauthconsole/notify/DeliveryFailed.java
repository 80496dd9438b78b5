package com.gauthconsole.notify;

/**
 * A channel could not deliver a notice. The reason is written by the console, never copied from an exception or an
 * answer (those may hold the webhook's address, which is its credential, or a mail server's echo).
 */
class DeliveryFailed extends Exception {

    DeliveryFailed(String reason) {
        super(reason, null, false, false);
    }
}
