package com.gauthconsole.notify;

/** A way a notice reaches people; each notice is delivered, retried and given up per channel. */
enum Channel {
    WEBHOOK,
    EMAIL
}
