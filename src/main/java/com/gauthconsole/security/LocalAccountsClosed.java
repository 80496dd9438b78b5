package com.gauthconsole.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Stands in for the password check when the console's own accounts are closed: a form posted anyway is refused
 * before any password is looked at.
 */
class LocalAccountsClosed implements AuthenticationProvider {

    static final class Refused extends AuthenticationException {
        Refused() {
            super("the console's own accounts are closed: sign in through the company's provider");
        }
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        throw new Refused();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
