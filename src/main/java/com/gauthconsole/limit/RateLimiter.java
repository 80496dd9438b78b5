package com.gauthconsole.limit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts actions per purpose and key in the database, so that every instance of the console shares one count: at
 * most {@code max} actions in a window that starts with the first one and lasts {@code window}.
 *
 * <p>A purpose names what is limited ({@code "sign-in-user"}, {@code "fingerprint-check"}); a key whom it is counted
 * for (a user name, a client address). Each call passes its own limit, so a feature keeps its numbers in its own
 * configuration. Counts are committed on their own, whatever the caller's transaction does afterwards: a refused
 * action usually ends in an exception.
 */
@Component
public class RateLimiter {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    RateLimiter(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Counts one action for {@code key} and says whether it is allowed; an action over the limit is refused and not
     * counted.
     */
    public boolean tryAcquire(String purpose, String key, int max, Duration window) {
        if (max < 1) {
            throw new IllegalArgumentException("A limit allows at least one action");
        }
        String subject = subject(key);
        Boolean counted = countIfPresent(purpose, subject, max, window);
        if (counted == null) {
            if (inserted(purpose, subject, window)) {
                return true;
            }
            counted = countIfPresent(purpose, subject, max, window);
        }
        return Boolean.TRUE.equals(counted);
    }

    /** Null when there is no counter yet; the row lock orders concurrent counts of one key across instances. */
    private Boolean countIfPresent(String purpose, String subject, int max, Duration window) {
        return ownTransaction.execute(status -> {
            Instant now = clock.instant();
            Counter counter = lockedCounter(purpose, subject);
            if (counter == null) {
                return null;
            }
            if (!now.isBefore(counter.windowEndsAt())) {
                update(purpose, subject, 1, now.plus(window));
                return true;
            }
            if (counter.hits() >= max) {
                return false;
            }
            update(purpose, subject, counter.hits() + 1, counter.windowEndsAt());
            return true;
        });
    }

    /** Whether the next action for {@code key} would be refused, without counting anything. */
    public boolean isExhausted(String purpose, String key, int max) {
        return remaining(purpose, key, max) == 0;
    }

    /** How many more actions {@code key} may make in its current window, without counting anything. */
    public int remaining(String purpose, String key, int max) {
        List<Integer> hits = jdbc.queryForList(
                "SELECT hits FROM rate_limit WHERE purpose = ? AND subject = ? AND window_ends_at > ?",
                Integer.class,
                purpose,
                subject(key),
                at(clock.instant()));
        return Math.max(0, max - (hits.isEmpty() ? 0 : hits.get(0)));
    }

    /** Gives back one counted action of {@code key}, e.g. a sign-in counted beforehand that then succeeded. */
    public void release(String purpose, String key) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "UPDATE rate_limit SET hits = hits - 1 WHERE purpose = ? AND subject = ? AND hits > 0",
                purpose,
                subject(key)));
    }

    /** Forgets the count of {@code key}, e.g. after a successful sign-in. */
    public void reset(String purpose, String key) {
        ownTransaction.executeWithoutResult(status ->
                jdbc.update("DELETE FROM rate_limit WHERE purpose = ? AND subject = ?", purpose, subject(key)));
    }

    /** Counters whose window has ended count nothing any more; without this, made-up keys would pile up. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void forgetEndedWindows() {
        jdbc.update("DELETE FROM rate_limit WHERE window_ends_at <= ?", at(clock.instant()));
    }

    private Counter lockedCounter(String purpose, String subject) {
        List<Counter> counters = jdbc.query(
                "SELECT hits, window_ends_at FROM rate_limit WHERE purpose = ? AND subject = ? FOR UPDATE",
                (row, number) -> new Counter(
                        row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant()),
                purpose,
                subject);
        return counters.isEmpty() ? null : counters.get(0);
    }

    /** False when another request inserted the counter first. */
    private boolean inserted(String purpose, String subject, Duration window) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO rate_limit (purpose, subject, hits, window_ends_at) VALUES (?, ?, 1, ?)",
                    purpose,
                    subject,
                    at(clock.instant().plus(window))));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    private void update(String purpose, String subject, int hits, Instant windowEndsAt) {
        jdbc.update(
                "UPDATE rate_limit SET hits = ?, window_ends_at = ? WHERE purpose = ? AND subject = ?",
                hits,
                at(windowEndsAt),
                purpose,
                subject);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String subject(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private record Counter(int hits, Instant windowEndsAt) {}
}
