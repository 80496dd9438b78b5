package com.gauthconsole.security;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;

    SignedInSessions(SessionRegistry registry, ApplicationEventPublisher events) {
        this.registry = registry;
        this.events = events;
    }

    /** Ends every open session of the user, and records who did it when there was one. */
    public void endAllOf(String username, String endedBy) {
        List<SessionInformation> open = registry.getAllSessions(username, false);
        open.forEach(SessionInformation::expireNow);
        if (!open.isEmpty()) {
            events.publishEvent(new SessionsEnded(endedBy, username, open.size()));
        }
    }
}
