package com.gauthconsole.api;

import com.gauthconsole.security.Role;
import java.time.Instant;
import java.util.Set;

/**
 * A token as the pages list it: its name, the part of it that identifies it ({@code gac_<lookup id>_…}), never the
 * rest.
 */
record ApiTokenView(
        long id,
        String name,
        String username,
        String prefix,
        Set<Role> roles,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        String revokedBy,
        State state) {

    enum State {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    static ApiTokenView of(ApiToken token, Instant now) {
        State state = token.revoked() ? State.REVOKED : token.expiredAt(now) ? State.EXPIRED : State.ACTIVE;
        return new ApiTokenView(
                token.id(),
                token.name(),
                token.username(),
                "gac_" + token.lookupId() + "_…",
                token.roles(),
                token.createdAt(),
                token.expiresAt(),
                token.revokedAt(),
                token.revokedBy(),
                state);
    }

    public boolean active() {
        return state == State.ACTIVE;
    }
}
