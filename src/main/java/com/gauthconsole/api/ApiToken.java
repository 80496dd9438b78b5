package com.gauthconsole.api;

import com.gauthconsole.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A personal API token as stored: who it belongs to, what it may do, until when; never the token itself. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lookup_id", nullable = false, unique = true, length = 16)
    private String lookupId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 100)
    private String roles;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    protected ApiToken() {}

    ApiToken(
            String lookupId,
            String tokenHash,
            String username,
            String name,
            Set<Role> roles,
            Instant createdAt,
            Instant expiresAt) {
        this.lookupId = lookupId;
        this.tokenHash = tokenHash;
        this.username = username;
        this.name = name;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long id() {
        return id;
    }

    String lookupId() {
        return lookupId;
    }

    String tokenHash() {
        return tokenHash;
    }

    String username() {
        return username;
    }

    String name() {
        return name;
    }

    Set<Role> roles() {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(parsed::add);
        return parsed;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }

    String revokedBy() {
        return revokedBy;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void revoke(String actor, Instant now) {
        this.revokedAt = now;
        this.revokedBy = actor;
    }

    @Override
    public String toString() {
        return "ApiToken[" + lookupId + " '" + name + "' of " + username + "]";
    }
}
