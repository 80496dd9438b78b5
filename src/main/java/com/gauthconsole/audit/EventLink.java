package com.gauthconsole.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An event's link: HMAC-SHA256, under the audit key, over the previous event's link and every column of the event.
 * Without the key nobody can make a link that verifies, so a rewritten event cannot be covered up by recomputing the
 * chain; whoever has the key is caught by a checkpoint kept outside the database.
 */
final class EventLink {

    static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';

    private final SecretKeySpec key;

    EventLink(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    String of(String previousLink, AuditEvent event) {
        String content = String.join(
                String.valueOf(SEPARATOR),
                previousLink,
                Long.toString(event.seq()),
                event.occurredAt().toString(),
                event.kind(),
                String.valueOf(event.actor()),
                String.valueOf(event.subject()),
                String.valueOf(event.runId()),
                event.details());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }
}
