package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** An event's link: HMAC-SHA256 under the audit key over the previous link and every column of the event. */
class EventLinkTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private static final AuditEvent EVENT = new AuditEvent(
            7,
            Instant.parse("2026-12-07T10:00:00.123456Z"),
            "USER_CREATED",
            "admin",
            "user alice",
            null,
            "{\"roles\":\"OPERATOR\"}",
            null);

    private final EventLink links = new EventLink(KEY);

    @Test
    void isTheHmacOfThePreviousLinkAndEveryColumnSeparatedByAUnitSeparator() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String content = String.join(
                "\u001f",
                EventLink.GENESIS,
                "7",
                "2026-12-07T10:00:00.123456Z",
                "USER_CREATED",
                "admin",
                "user alice",
                "null",
                "{\"roles\":\"OPERATOR\"}");

        assertThat(links.of(EventLink.GENESIS, EVENT))
                .isEqualTo(HexFormat.of().formatHex(mac.doFinal(content.getBytes())));
    }

    @Test
    void changesWithEveryColumnThePreviousLinkAndTheKey() {
        String link = links.of(EventLink.GENESIS, EVENT);

        assertThat(links.of("1".repeat(64), EVENT)).isNotEqualTo(link);
        assertThat(links.of(EventLink.GENESIS, with("admin2", EVENT.details()))).isNotEqualTo(link);
        assertThat(links.of(EventLink.GENESIS, with(EVENT.actor(), "{\"roles\":\"ADMIN\"}")))
                .isNotEqualTo(link);
        assertThat(new EventLink("another key, thirty-two bytes ok".getBytes()).of(EventLink.GENESIS, EVENT))
                .isNotEqualTo(link);
    }

    private static AuditEvent with(String actor, String details) {
        return new AuditEvent(
                EVENT.seq(), EVENT.occurredAt(), EVENT.kind(), actor, EVENT.subject(), EVENT.runId(), details, null);
    }
}
