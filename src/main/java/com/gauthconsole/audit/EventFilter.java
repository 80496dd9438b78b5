package com.gauthconsole.audit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The event list's filter, from the query string: a kind, an actor (exact name), and the event number to continue
 * below (newest first). Blank fields mean "any".
 */
public record EventFilter(
        AuditEventKind kind,
        @Size(max = 100) String actor,
        @Min(1) Long before) {

    public EventFilter {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
    }

    static EventFilter everything() {
        return new EventFilter(null, null, null);
    }

    /** This filter's address, continuing below the given event number. */
    public String olderLink(long belowSeq) {
        return UriComponentsBuilder.fromPath("/history/events")
                .queryParamIfPresent("kind", Optional.ofNullable(kind))
                .queryParamIfPresent("actor", Optional.ofNullable(actor))
                .queryParam("before", belowSeq)
                .build()
                .encode()
                .toUriString();
    }
}
