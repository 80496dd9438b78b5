package com.gauthconsole.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends a user's open sessions, so that disabling them, resetting their password or changing their roles takes effect
 * at their next request instead of when the session times out. Sessions live in the database (Spring Session JDBC),
 * so the sessions on every instance end.
 */
@Component
public class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    public void endAllOf(String username) {
        registry.getAllSessions(username, false).forEach(SessionInformation::expireNow);
    }
}
