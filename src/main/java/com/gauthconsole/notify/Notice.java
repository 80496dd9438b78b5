package com.gauthconsole.notify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a notice says, the same through every channel; never a secret.
 *
 * @param event what happened, for scripts reading the webhook ({@code RUN_FAILED}, ...)
 * @param subject what it is about, e.g. {@code run 42}
 * @param title one line, an email's subject
 * @param text a few sentences with the link, the webhook's {@code text} (Slack and Teams show it) and the email's body
 * @param fields the particulars by name, in order (who, customer, target, step, failure kind, link)
 */
record Notice(String event, String subject, String title, String text, Map<String, String> fields) {

    Notice {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
