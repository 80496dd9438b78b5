package com.gauthconsole.security;

import com.gauthconsole.limit.RateLimiter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
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
    private final ApplicationEventPublisher events;

    /**
     * @param passwordCheck must let {@link UsernameNotFoundException} through, so that the record names only real
     *     accounts; the caller still sees the same refusal for any name
     */
    ThrottledSignIn(
            AuthenticationProvider passwordCheck,
            RateLimiter limiter,
            SignInProperties properties,
            ApplicationEventPublisher events) {
        this.passwordCheck = passwordCheck;
        this.limiter = limiter;
        this.properties = properties;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = clientAddress(attempt);
        boolean tooLong = username.length() > MAX_USERNAME_LENGTH;
        // Each attempt takes its place in the counts before its password is looked at, under the counters' row
        // locks: requests sent at once, to one instance or several, cannot all pass a check made before any counted.
        if (!limiter.tryAcquire(PER_ADDRESS, address, properties.maxFailuresPerAddress(), properties.failureWindow())) {
            throw new SignInThrottled();
        }
        if (tooLong) {
            throw new BadCredentialsException("user name too long");
        }
        if (!limiter.tryAcquire(PER_USER, username, properties.maxFailures(), properties.failureWindow())) {
            limiter.release(PER_ADDRESS, address);
            throw new SignInThrottled();
        }
        try {
            Authentication signedIn = passwordCheck.authenticate(attempt);
            int failuresBefore = failures(username) - 1;
            boolean codeOwed =
                    AuthorityUtils.authorityListToSet(signedIn.getAuthorities()).contains(SecondFactorGate.AUTHORITY);
            if (codeOwed) {
                // The name's failures are forgotten once the code is right too: were they forgotten at each right
                // password, its owner's codes could be guessed without end.
                limiter.release(PER_USER, username);
            } else {
                limiter.reset(PER_USER, username);
            }
            limiter.release(PER_ADDRESS, address);
            events.publishEvent(new SignInAttempted(
                    codeOwed ? SignInAttempted.Outcome.PASSWORD_ACCEPTED : SignInAttempted.Outcome.SUCCEEDED,
                    username,
                    address,
                    failuresBefore));
            return signedIn;
        } catch (AuthenticationException failed) {
            boolean account = !(failed instanceof UsernameNotFoundException);
            recordFailure(account ? username : null, address, failures(username));
            throw account ? failed : new BadCredentialsException("Bad credentials");
        }
    }

    private void recordFailure(String account, String address, int failures) {
        if (failures == 1 || failures == properties.maxFailures()) {
            events.publishEvent(new SignInAttempted(
                    failures == properties.maxFailures()
                            ? SignInAttempted.Outcome.LOCKED
                            : SignInAttempted.Outcome.FAILED,
                    account,
                    address,
                    failures));
        }
    }

    private int failures(String username) {
        return properties.maxFailures() - limiter.remaining(PER_USER, username, properties.maxFailures());
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
