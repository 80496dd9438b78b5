package com.gauthconsole.security;

import com.gauthconsole.limit.RateLimiter;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Counts failed sign-ins per user name and per client address in the database, shared by every instance, and
 * refuses a name or an address that failed too often before its password is looked at (see {@link
 * SignInProperties}). Unknown names are counted like real ones, so the lock reveals no name; a success forgets the
 * name's failures but not the address's, or one valid account would let its owner guess others' passwords freely.
 * The price of any lock is that someone who knows a user name can keep that user out for a while; the lock ends by
 * itself.
 */
class ThrottledSignIn implements AuthenticationProvider {

    static final String PER_USER = "sign-in-user";
    static final String PER_ADDRESS = "sign-in-address";

    /** Longer than any user name can be, so refused before the password encoder spends its time on it. */
    static final int MAX_USERNAME_LENGTH = 100;

    private final AuthenticationProvider passwordCheck;
    private final RateLimiter limiter;
    private final SignInProperties properties;

    ThrottledSignIn(AuthenticationProvider passwordCheck, RateLimiter limiter, SignInProperties properties) {
        this.passwordCheck = passwordCheck;
        this.limiter = limiter;
        this.properties = properties;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = clientAddress(attempt);
        boolean tooLong = username.length() > MAX_USERNAME_LENGTH;
        if (limiter.isExhausted(PER_ADDRESS, address, properties.maxFailuresPerAddress())
                || (!tooLong && limiter.isExhausted(PER_USER, username, properties.maxFailures()))) {
            throw new SignInThrottled();
        }
        if (tooLong) {
            countFailure(PER_ADDRESS, address, properties.maxFailuresPerAddress());
            throw new BadCredentialsException("user name too long");
        }
        try {
            Authentication signedIn = passwordCheck.authenticate(attempt);
            limiter.reset(PER_USER, username);
            return signedIn;
        } catch (AuthenticationException failed) {
            countFailure(PER_ADDRESS, address, properties.maxFailuresPerAddress());
            countFailure(PER_USER, username, properties.maxFailures());
            throw failed;
        }
    }

    private void countFailure(String purpose, String key, int max) {
        limiter.tryAcquire(purpose, key, max, properties.failureWindow());
    }

    /** The address the servlet container reports, which trusts forwarded headers only from configured proxies. */
    private static String clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }
}
