package com.gauthconsole.api;

import com.gauthconsole.secondfactor.SignInAuthorities;
import com.gauthconsole.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Personal API tokens: made by their user with some of the user's roles and a limited life, listed, revoked by
 * their user or an administrator. Each creation and revocation is an event in its own transaction.
 */
@Service
class ApiTokens {

    private final ApiTokenRepository tokens;
    private final SignInAuthorities authorities;
    private final RoleHierarchy roleHierarchy;
    private final ApiProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokens(
            ApiTokenRepository tokens,
            SignInAuthorities authorities,
            RoleHierarchy roleHierarchy,
            ApiProperties properties,
            Clock clock,
            ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.authorities = authorities;
        this.roleHierarchy = roleHierarchy;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The roles a user holds now, with those their roles include (an administrator may make a token that can only
     * read the history); none while they owe a password change, and none for people without a console account.
     */
    @Transactional(readOnly = true)
    public Set<Role> rolesHeld(String username) {
        try {
            return reachableFrom(authorities.onceSecondFactorPassed(username));
        } catch (UsernameNotFoundException noAccount) {
            return EnumSet.noneOf(Role.class);
        }
    }

    /** The roles given with those they include ({@code LEAD} includes {@code OPERATOR}). */
    Set<Role> reachable(Set<Role> roles) {
        return reachableFrom(AuthorityUtils.createAuthorityList(
                roles.stream().map(Role::authority).toList()));
    }

    private Set<Role> reachableFrom(Collection<? extends GrantedAuthority> granted) {
        Set<String> reachable = roleHierarchy.getReachableGrantedAuthorities(granted).stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return Arrays.stream(Role.values())
                .filter(role -> reachable.contains(role.authority()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** Makes a token, or rejects the form's fields and makes nothing. */
    @Transactional
    public Optional<CreatedApiToken> create(String username, ApiTokenForm form, Errors errors) {
        if (form.expiresInDays() > properties.tokenMaxLifetimeDays()) {
            errors.rejectValue(
                    "expiresInDays", "tooLong", "A token lives at most " + properties.tokenMaxLifetimeDays() + " days");
        }
        Set<Role> held = rolesHeld(username);
        if (!held.containsAll(form.roles())) {
            errors.rejectValue("roles", "notHeld", "Choose only roles you hold");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ApiTokenValue value = ApiTokenValue.generate();
        ApiToken token = tokens.save(new ApiToken(
                value.lookupId(),
                value.hash(),
                username,
                form.name().strip(),
                EnumSet.copyOf(form.roles()),
                now,
                now.plus(Duration.ofDays(form.expiresInDays()))));
        publish(username, token, ApiTokenChanged.Change.CREATED);
        return Optional.of(new CreatedApiToken(ApiTokenView.of(token, now), value.value()));
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> of(String username) {
        Instant now = clock.instant();
        return tokens.findByUsernameOrderByCreatedAtDesc(username).stream()
                .map(token -> ApiTokenView.of(token, now))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> all() {
        Instant now = clock.instant();
        return tokens.findAllByOrderByCreatedAtDesc().stream()
                .map(token -> ApiTokenView.of(token, now))
                .toList();
    }

    /** Revokes one of the user's own tokens; another user's is as unknown as a token that does not exist. */
    @Transactional
    public void revokeOwn(String username, long tokenId) {
        revoke(
                username,
                tokens.findById(tokenId)
                        .filter(token -> token.username().equals(username))
                        .orElseThrow(ApiTokenNotFound::new));
    }

    /** An administrator revokes anybody's token. */
    @Transactional
    public void revokeAny(String administrator, long tokenId) {
        revoke(administrator, tokens.findById(tokenId).orElseThrow(ApiTokenNotFound::new));
    }

    /** The stored token a bearer value names, when it is the token and not only its lookup id. */
    @Transactional(readOnly = true)
    Optional<ApiToken> find(ApiTokenValue value) {
        return tokens.findByLookupId(value.lookupId()).filter(token -> value.matches(token.tokenHash()));
    }

    Instant now() {
        return clock.instant();
    }

    private void revoke(String actor, ApiToken token) {
        if (token.revoked()) {
            return;
        }
        token.revoke(actor, clock.instant());
        publish(actor, token, ApiTokenChanged.Change.REVOKED);
    }

    private void publish(String actor, ApiToken token, ApiTokenChanged.Change change) {
        events.publishEvent(new ApiTokenChanged(
                actor,
                token.username(),
                token.name(),
                token.lookupId(),
                change,
                token.roles().stream().map(Role::name).collect(Collectors.joining(",")),
                token.expiresAt()));
    }
}
