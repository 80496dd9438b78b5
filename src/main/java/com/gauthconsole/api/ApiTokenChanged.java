package com.gauthconsole.api;

import java.time.Instant;

/**
 * Published, in the transaction that makes it, when a personal API token is created or revoked. Never carries the
 * token: {@code lookupId} is the part of it that only finds its row.
 *
 * @param actor who created or revoked it: its user, or an administrator
 * @param roles the roles the token may use, comma separated
 */
public record ApiTokenChanged(
        String actor,
        String username,
        String tokenName,
        String lookupId,
        Change change,
        String roles,
        Instant expiresAt) {

    public enum Change {
        CREATED,
        REVOKED
    }
}
