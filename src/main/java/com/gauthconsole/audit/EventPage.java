package com.gauthconsole.audit;

import java.util.List;

/** A page of events, newest first. */
public record EventPage(List<AuditEvent> events, boolean hasOlder) {

    /** The number to continue below, for the link to older events. */
    public long oldestSeq() {
        return events.get(events.size() - 1).seq();
    }
}
