package com.gauthconsole.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The event log as auditors read it: newest first, filtered by kind and actor, a page at a time. */
@Service
class AuditEvents {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page, and whether older events match too (found by reading one event ahead). */
    @Transactional(readOnly = true)
    EventPage page(EventFilter filter) {
        List<String> conditions = new ArrayList<>();
        JdbcClient.StatementSpec query;
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
        }
        if (filter.actor() != null) {
            conditions.add("actor = :actor");
        }
        if (filter.before() != null) {
            conditions.add("seq < :before");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        query = jdbc.sql("SELECT " + AuditEvent.COLUMNS + " FROM audit_event" + where + " ORDER BY "
                + newestFirst(filter) + " FETCH FIRST " + (PAGE_SIZE + 1) + " ROWS ONLY");
        if (filter.kind() != null) {
            query = query.param("kind", filter.kind().name());
        }
        if (filter.actor() != null) {
            query = query.param("actor", filter.actor());
        }
        if (filter.before() != null) {
            query = query.param("before", filter.before());
        }
        List<AuditEvent> events =
                query.query((row, number) -> AuditEvent.of(row)).list();
        boolean more = events.size() > PAGE_SIZE;
        return new EventPage(more ? events.subList(0, PAGE_SIZE) : events, more);
    }

    /**
     * Newest first, led by the filtered columns: their values are fixed by the filter, so the order is the same, but
     * H2 reads the page straight from the matching index only when the order names the index's columns from its
     * first (otherwise it sorts every matching event, seconds on a million).
     */
    private static String newestFirst(EventFilter filter) {
        return (filter.actor() != null ? "actor DESC, " : "") + (filter.kind() != null ? "kind DESC, " : "")
                + "seq DESC";
    }
}
