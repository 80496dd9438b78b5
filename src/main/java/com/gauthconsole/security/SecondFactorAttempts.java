package com.gauthconsole.security;

import com.gauthconsole.limit.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * Counts codes given for a second factor with the sign-in's own counts (see {@link ThrottledSignIn}): a wrong code is
 * a failed sign-in for the user name and the client address, so knowing someone's password is no way to guess their
 * codes freely.
 */
@Component
public class SecondFactorAttempts {

    private final RateLimiter limiter;
    private final SignInProperties properties;

    SecondFactorAttempts(RateLimiter limiter, SignInProperties properties) {
        this.limiter = limiter;
        this.properties = properties;
    }

    /**
     * Counts an attempt before its code is looked at, and says whether it may be made at all; an attempt that turns
     * out right is given back by {@link #passed}.
     */
    public boolean tryCount(String username, String address) {
        if (!limiter.tryAcquire(
                ThrottledSignIn.PER_ADDRESS, address, properties.maxFailuresPerAddress(), properties.failureWindow())) {
            return false;
        }
        if (!limiter.tryAcquire(
                ThrottledSignIn.PER_USER, username, properties.maxFailures(), properties.failureWindow())) {
            limiter.release(ThrottledSignIn.PER_ADDRESS, address);
            return false;
        }
        return true;
    }

    /** A right code: the name's failures are forgotten, the address's attempt is given back. */
    public void passed(String username, String address) {
        limiter.reset(ThrottledSignIn.PER_USER, username);
        limiter.release(ThrottledSignIn.PER_ADDRESS, address);
    }

    /** The name's failed sign-ins and wrong codes in its current window. */
    public int failures(String username) {
        return properties.maxFailures()
                - limiter.remaining(ThrottledSignIn.PER_USER, username, properties.maxFailures());
    }

    /** Whether this many failures lock the name until its window ends. */
    public boolean locks(int failures) {
        return failures >= properties.maxFailures();
    }
}
