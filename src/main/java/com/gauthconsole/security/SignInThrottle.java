package com.gauthconsole.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and locks a name that failed too often (see {@link SignInProperties}).
 *
 * <p>The counters live in memory, per instance, and are lost on restart. That is deliberate: a lock is a brake on
 * password guessing, not a record, and keeping it out of the database means a flood of failed sign-ins costs no
 * writes. With several instances behind a load balancer an attacker gets {@code maxFailures} guesses per instance
 * per window instead of one set of them, which still stops guessing at any useful rate. Unknown user names are
 * counted and locked exactly like real ones, so the lock message tells nobody which names exist. The price of any
 * lock is that someone who knows a user name can keep that user out for a while; the user can ask an
 * administrator, and the lock ends by itself.
 */
@Component
public class SignInThrottle {

    /** Bounds the memory a stream of made-up user names can take: stale entries are swept past this size. */
    private static final int SWEEP_ABOVE = 10_000;

    private final SignInProperties properties;
    private final Clock clock;
    private final Map<String, FailedSignIns> failures = new ConcurrentHashMap<>();

    SignInThrottle(SignInProperties properties, ObjectProvider<Clock> clock) {
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public boolean isLocked(String username) {
        FailedSignIns record = failures.get(username);
        return record != null && record.lockedAt(clock.instant());
    }

    public void recordFailure(String username) {
        Instant now = clock.instant();
        failures.compute(
                username,
                (name, record) -> record == null || record.staleAt(now, properties)
                        ? FailedSignIns.first(now, properties)
                        : record.another(now, properties));
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(record -> record.staleAt(now, properties));
        }
    }

    public void recordSuccess(String username) {
        failures.remove(username);
    }

    /** The failures since {@code since}; {@code lockedUntil} is set once they reached the limit. */
    private record FailedSignIns(int count, Instant since, Instant lockedUntil) {

        static FailedSignIns first(Instant now, SignInProperties properties) {
            return new FailedSignIns(0, now, null).another(now, properties);
        }

        FailedSignIns another(Instant now, SignInProperties properties) {
            int failed = count + 1;
            return new FailedSignIns(
                    failed, since, failed >= properties.maxFailures() ? now.plus(properties.lockDuration()) : null);
        }

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        /** Outside the window and not locked, or a lock that has run out: counting starts again. */
        boolean staleAt(Instant now, SignInProperties properties) {
            return lockedUntil != null
                    ? !now.isBefore(lockedUntil)
                    : !now.isBefore(since.plus(properties.failureWindow()));
        }
    }
}
