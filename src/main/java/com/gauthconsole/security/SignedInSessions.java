package com.gauthconsole.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends a user's open sessions, so that disabling them, resetting their password or changing their roles takes effect
 * at their next request instead of when the session times out. The registry is this instance's memory; once
 * sessions move to the database (Spring Session JDBC) its {@code SpringSessionBackedSessionRegistry} takes its place
 * and the sessions on every instance end.
 */
@Component
public class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    public void endAllOf(String username) {
        registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails user
                        && user.getUsername().equals(username))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
