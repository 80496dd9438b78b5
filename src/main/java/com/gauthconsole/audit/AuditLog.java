package com.gauthconsole.audit;

import com.gauthconsole.api.ApiCalls;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends events to the audit log, in the transaction of the change they record (or their own when there is none),
 * so a change and its event are committed together or not at all. The head row is locked with
 * {@code SELECT ... FOR UPDATE}: events from concurrent requests, and from several instances, join one at a time.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final EventLink links;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditLog(JdbcClient jdbc, EventLink links, Clock clock) {
        this.jdbc = jdbc;
        this.links = links;
        this.clock = clock;
    }

    @Transactional
    public AuditEvent append(AuditEntry entry) {
        Head head = jdbc.sql("SELECT last_seq, last_link FROM audit_event_head WHERE id = 1 FOR UPDATE")
                .query((row, number) -> new Head(row.getLong("last_seq"), row.getString("last_link")))
                .single();
        // Both databases keep microseconds: the time is stored exactly as it was linked.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEvent unlinked = new AuditEvent(
                head.seq() + 1,
                now,
                entry.kind().name(),
                entry.actor(),
                entry.subject(),
                entry.runId(),
                json.writeValueAsString(withApiToken(inKeyOrder(entry.details()))),
                null);
        String link = links.of(head.link(), unlinked);
        jdbc.sql("INSERT INTO audit_event (" + AuditEvent.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        unlinked.seq(),
                        now.atOffset(ZoneOffset.UTC),
                        unlinked.kind(),
                        unlinked.actor(),
                        unlinked.subject(),
                        unlinked.runId(),
                        unlinked.details(),
                        link)
                .update();
        jdbc.sql("UPDATE audit_event_head SET last_seq = ?, last_link = ? WHERE id = 1")
                .params(unlinked.seq(), link)
                .update();
        return new AuditEvent(
                unlinked.seq(),
                now,
                unlinked.kind(),
                unlinked.actor(),
                unlinked.subject(),
                unlinked.runId(),
                unlinked.details(),
                link);
    }

    /** An event recorded during an API call names the token the call came with. */
    private static Map<String, Object> withApiToken(Map<String, Object> details) {
        ApiCalls.throughToken().ifPresent(token -> details.put("apiToken", token));
        return details;
    }

    private static Map<String, Object> inKeyOrder(Map<String, ?> details) {
        Map<String, Object> ordered = new TreeMap<>();
        if (details != null) {
            details.forEach((name, value) -> {
                if (value != null) {
                    ordered.put(name, value);
                }
            });
        }
        return ordered;
    }

    private record Head(long seq, String link) {}
}
