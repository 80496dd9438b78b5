package com.gauthconsole.audit;

import java.sql.ResultSet;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the event log in order, recomputing every link under the audit key, and names the first event that does not
 * match: changed, inserted, removed, or cut off at the end. Given a checkpoint, it also says whether the log up to
 * that event is the one the checkpoint saw. Reads row by row, so it needs the same memory for any number of events.
 */
@Service
class EventLogVerifier {

    private static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final EventLink links;

    EventLogVerifier(JdbcClient jdbc, EventLink links) {
        this.jdbc = jdbc;
        this.links = links;
    }

    @Transactional(readOnly = true)
    EventLogReport verify(Optional<Checkpoint> checkpoint) {
        Walk walk = jdbc.sql("SELECT " + AuditEvent.COLUMNS + " FROM audit_event ORDER BY seq")
                .withFetchSize(FETCH_SIZE)
                .query((ResultSet rows) -> {
                    Walk events = new Walk(links, checkpoint.orElse(null));
                    while (events.problem == null && rows.next()) {
                        events.check(AuditEvent.of(rows));
                    }
                    return events;
                });
        String checkpointSummary = checkpoint.map(walk::checkpointSummary).orElse(null);
        if (walk.problem != null) {
            return new EventLogReport(false, walk.checked, walk.badSeq, walk.badRunId, walk.problem, checkpointSummary);
        }
        long headSeq = jdbc.sql("SELECT last_seq FROM audit_event_head WHERE id = 1")
                .query(Long.class)
                .single();
        if (headSeq != walk.checked) {
            return new EventLogReport(
                    false,
                    walk.checked,
                    walk.checked + 1,
                    null,
                    "The log should hold " + headSeq + " events but ends after " + walk.checked
                            + ": its last events were removed.",
                    checkpointSummary);
        }
        return new EventLogReport(true, walk.checked, null, null, null, checkpointSummary);
    }

    /** The walk's state: events that matched so far and the link the next one must build on. */
    private static final class Walk {
        private final EventLink links;
        private final Checkpoint checkpoint;
        long checked;
        String previousLink = EventLink.GENESIS;
        Long badSeq;
        Long badRunId;
        String problem;
        Boolean checkpointMatched;

        Walk(EventLink links, Checkpoint checkpoint) {
            this.links = links;
            this.checkpoint = checkpoint;
        }

        void check(AuditEvent event) {
            if (event.seq() != checked + 1) {
                fail(checked + 1, null, "This event is missing: it was removed.");
            } else if (!links.of(previousLink, event).equals(event.link())) {
                fail(
                        event.seq(),
                        event.runId(),
                        "Its content or its link does not match: it was changed after it was recorded.");
            } else {
                checked = event.seq();
                previousLink = event.link();
                if (checkpoint != null && checkpoint.seq() == event.seq()) {
                    checkpointMatched = checkpoint.head().equals(event.link());
                }
            }
        }

        private void fail(long seq, Long runId, String why) {
            badSeq = seq;
            badRunId = runId;
            problem = why;
        }

        String checkpointSummary(Checkpoint given) {
            if (checkpointMatched == null) {
                return "The checkpoint of event " + given.seq() + " (" + given.at() + ") cannot be confirmed: the log"
                        + " does not hold an intact event " + given.seq() + ".";
            }
            return checkpointMatched
                    ? "The log up to event " + given.seq() + " is the one the checkpoint of " + given.at() + " saw."
                    : "The log up to event " + given.seq() + " is NOT the one the checkpoint of " + given.at()
                            + " saw: it was rewritten, links included.";
        }
    }
}
