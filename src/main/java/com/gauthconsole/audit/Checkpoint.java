package com.gauthconsole.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the event log stood at one moment: the number of its last event and that event's link. Written as one line
 * of a stable format, in the log and in a file, so that a copy kept outside the database can later prove the events
 * up to it unchanged, even against whoever holds the audit key.
 */
record Checkpoint(long seq, String head, Instant at) {

    static final String PREFIX = "AUDIT-CHECKPOINT";
    private static final Pattern LINE = Pattern.compile(PREFIX + " seq=(\\d{1,18}) head=([0-9a-f]{64}) at=(\\S{1,40})");

    String line() {
        return PREFIX + " seq=" + seq + " head=" + head + " at=" + at;
    }

    /** A checkpoint found in pasted text (a log line with its prefix, or the line alone), or empty. */
    static Optional<Checkpoint> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = LINE.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Checkpoint(
                    Long.parseLong(matcher.group(1)), matcher.group(2), Instant.parse(matcher.group(3))));
        } catch (DateTimeParseException unreadableTime) {
            return Optional.empty();
        }
    }
}
