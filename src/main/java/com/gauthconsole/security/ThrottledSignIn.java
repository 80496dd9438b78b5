package com.gauthconsole.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks a user name against the {@link SignInThrottle} before the password is looked at, and tells the throttle how
 * each sign-in went. A disabled user's attempt counts as a failure too: from outside it must look like any other.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwordCheck, SignInThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        if (throttle.isLocked(username)) {
            throw new SignInThrottled();
        }
        try {
            Authentication signedIn = passwordCheck.authenticate(attempt);
            throttle.recordSuccess(username);
            return signedIn;
        } catch (AuthenticationException failed) {
            throttle.recordFailure(username);
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }
}
