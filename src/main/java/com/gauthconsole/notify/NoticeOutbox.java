package com.gauthconsole.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notices waiting for delivery, one row per notice and channel. A deliverer owns a row only after one
 * conditional update has claimed it ({@link #claim}), which on one database any number of instances can race for;
 * every later change names the claim, so a deliverer whose claim ran out changes nothing.
 */
@Repository
class NoticeOutbox {

    /** Claimable: waiting and due, or claimed by a deliverer whose claim has run out (it stopped mid-send). */
    private static final String CLAIMABLE = "status IN ('PENDING', 'SENDING') AND next_attempt_at <= ?";

    private static final String SELECT_FAILED =
            "SELECT id, channel, event, subject, notice, attempts, last_failure, created_at, gave_up_at FROM notice_outbox"
                    + " WHERE status = 'GAVE_UP'";

    /** A row a deliverer claimed: its attempts so far and what to send. */
    record Claimed(long id, Channel channel, String claim, int attempts, Notice notice) {}

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    NoticeOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Notice notice, Set<Channel> channels, Instant now) {
        String written = json.writeValueAsString(notice);
        for (Channel channel : channels) {
            jdbc.sql("INSERT INTO notice_outbox (channel, event, subject, notice, status, attempts, created_at,"
                            + " next_attempt_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                    .params(channel.name(), notice.event(), notice.subject(), written, utc(now), utc(now))
                    .update();
        }
    }

    /** Rows a deliverer may claim now, oldest first. */
    List<Long> due(Instant now, int most) {
        return jdbc.sql("SELECT id FROM notice_outbox WHERE " + CLAIMABLE + " ORDER BY next_attempt_at, id"
                        + " FETCH FIRST " + most + " ROWS ONLY")
                .param(utc(now))
                .query(Long.class)
                .list();
    }

    /** Claims the row until {@code until}, unless another deliverer claimed it first. */
    Optional<Claimed> claim(long id, String claim, Instant now, Instant until) {
        int claimed = jdbc.sql("UPDATE notice_outbox SET status = 'SENDING', claim = ?, next_attempt_at = ?"
                        + " WHERE id = ? AND " + CLAIMABLE)
                .params(claim, utc(until), id, utc(now))
                .update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT channel, attempts, notice FROM notice_outbox WHERE id = ?")
                .param(id)
                .query((row, number) -> new Claimed(
                        id,
                        Channel.valueOf(row.getString("channel")),
                        claim,
                        row.getInt("attempts"),
                        json.readValue(row.getString("notice"), Notice.class)))
                .optional();
    }

    /** A delivered notice leaves the outbox (the audit keeps that it was delivered). */
    boolean delivered(Claimed row) {
        return jdbc.sql("DELETE FROM notice_outbox WHERE id = ? AND status = 'SENDING' AND claim = ?")
                        .params(row.id(), row.claim())
                        .update()
                == 1;
    }

    boolean retryAt(Claimed row, String reason, Instant at) {
        return jdbc.sql(
                                "UPDATE notice_outbox SET status = 'PENDING', attempts = ?, last_failure = ?,"
                                        + " next_attempt_at = ?, claim = NULL WHERE id = ? AND status = 'SENDING' AND claim = ?")
                        .params(row.attempts() + 1, reason, utc(at), row.id(), row.claim())
                        .update()
                == 1;
    }

    boolean giveUp(Claimed row, String reason, Instant now) {
        return jdbc.sql("UPDATE notice_outbox SET status = 'GAVE_UP', attempts = ?, last_failure = ?,"
                                + " gave_up_at = ?, claim = NULL WHERE id = ? AND status = 'SENDING' AND claim = ?")
                        .params(row.attempts() + 1, reason, utc(now), row.id(), row.claim())
                        .update()
                == 1;
    }

    List<FailedNotice> givenUp() {
        return jdbc.sql(SELECT_FAILED + " ORDER BY gave_up_at DESC, id DESC")
                .query(this::failedNotice)
                .list();
    }

    Optional<FailedNotice> givenUp(long id) {
        return jdbc.sql(SELECT_FAILED + " AND id = ?")
                .param(id)
                .query(this::failedNotice)
                .optional();
    }

    /** A given-up notice waits again, with all its attempts ahead of it; false when it was not given up. */
    boolean requeue(long id, Instant now) {
        return jdbc.sql("UPDATE notice_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?,"
                                + " gave_up_at = NULL WHERE id = ? AND status = 'GAVE_UP'")
                        .params(utc(now), id)
                        .update()
                == 1;
    }

    private FailedNotice failedNotice(ResultSet row, int number) throws SQLException {
        return new FailedNotice(
                row.getLong("id"),
                Channel.valueOf(row.getString("channel")),
                row.getString("event"),
                row.getString("subject"),
                json.readValue(row.getString("notice"), Notice.class).title(),
                row.getInt("attempts"),
                row.getString("last_failure"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getObject("gave_up_at", OffsetDateTime.class).toInstant());
    }

    long waiting() {
        return jdbc.sql("SELECT COUNT(*) FROM notice_outbox WHERE status IN ('PENDING', 'SENDING')")
                .query(Long.class)
                .single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
