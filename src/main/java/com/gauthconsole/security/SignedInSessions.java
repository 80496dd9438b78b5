package com.gauthconsole.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A user's open sessions: listed for their owner, who may end any of them, and ended all at once when an
 * administrator disables the user, resets their password or changes their roles, so that takes effect at their next
 * request instead of when the session times out. Sessions live in the database (Spring Session JDBC), so the
 * sessions on every instance are found and ended.
 */
@Component
public class SignedInSessions {

    /**
     * One of a user's sessions as its owner sees it. A session's id is as good as its cookie, so pages name a session
     * by a hash of its id, from which the id cannot be found.
     */
    public record OpenSession(
            String handle, String address, String browser, Instant since, Instant lastUsed, boolean current) {}

    private final SessionRegistry registry;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final ApplicationEventPublisher events;

    SignedInSessions(
            SessionRegistry registry,
            FindByIndexNameSessionRepository<? extends Session> sessions,
            ApplicationEventPublisher events) {
        this.registry = registry;
        this.sessions = sessions;
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

    /** Ends the user's sessions except the one they are using, e.g. after they changed their password. */
    public void endOthersOf(String username, String currentSessionId) {
        List<String> others = openSessionsOf(username).keySet().stream()
                .filter(id -> !id.equals(currentSessionId))
                .toList();
        others.forEach(sessions::deleteById);
        if (!others.isEmpty()) {
            events.publishEvent(new SessionsEnded(username, username, others.size()));
        }
    }

    /** The user's open sessions, the newest first. */
    public List<OpenSession> of(String username, String currentSessionId) {
        return openSessionsOf(username).entrySet().stream()
                .map(open -> {
                    Session session = open.getValue();
                    return new OpenSession(
                            handle(open.getKey()),
                            Optional.ofNullable(session.<String>getAttribute(SessionDetails.ADDRESS))
                                    .orElse("unknown"),
                            Optional.ofNullable(session.<String>getAttribute(SessionDetails.BROWSER))
                                    .orElse("unknown browser"),
                            session.getCreationTime(),
                            session.getLastAccessedTime(),
                            open.getKey().equals(currentSessionId));
                })
                .sorted(Comparator.comparing(OpenSession::since).reversed())
                .toList();
    }

    /**
     * Ends one of the user's own sessions, named by its handle; a handle that names none of theirs ends nothing.
     *
     * @return whether a session ended
     */
    public boolean endOwn(String username, String handle) {
        Optional<String> id = openSessionsOf(username).keySet().stream()
                .filter(candidate -> MessageDigest.isEqual(
                        handle(candidate).getBytes(StandardCharsets.US_ASCII),
                        handle.getBytes(StandardCharsets.US_ASCII)))
                .findFirst();
        id.ifPresent(found -> {
            sessions.deleteById(found);
            events.publishEvent(new SessionsEnded(username, username, 1));
        });
        return id.isPresent();
    }

    private Map<String, ? extends Session> openSessionsOf(String username) {
        return sessions.findByPrincipalName(username);
    }

    private static String handle(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
