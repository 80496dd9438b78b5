package com.gauthconsole.api;

import com.gauthconsole.security.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Checks a bearer token on every call: it must be known, unrevoked and unexpired, and its user must exist and be
 * enabled. The call may use the roles the token was given that the user still holds now, so that a role taken from
 * the user is taken from their tokens at once.
 */
class ApiTokenAuthenticationProvider implements AuthenticationProvider {

    private final ApiTokens tokens;
    private final UserDetailsService users;

    ApiTokenAuthenticationProvider(ApiTokens tokens, UserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        ApiTokenAuthentication sent = (ApiTokenAuthentication) authentication;
        ApiTokenValue value = ApiTokenValue.read(sent.sentToken())
                .orElseThrow(() -> new BadCredentialsException("This is not an API token of the console."));
        ApiToken token =
                tokens.find(value).orElseThrow(() -> new BadCredentialsException("This API token is not known."));
        if (token.revoked()) {
            throw new BadCredentialsException("This API token was revoked.");
        }
        if (token.expiredAt(tokens.now())) {
            throw new CredentialsExpiredException("This API token expired at " + token.expiresAt() + ".");
        }
        UserDetails user;
        try {
            user = users.loadUserByUsername(token.username());
        } catch (UsernameNotFoundException gone) {
            throw new BadCredentialsException("The user of this API token no longer exists.");
        }
        if (!user.isEnabled()) {
            throw new DisabledException("The user of this API token is disabled.");
        }
        Set<Role> usable = EnumSet.noneOf(Role.class);
        usable.addAll(tokens.reachable(token.roles()));
        usable.retainAll(tokens.rolesHeld(token.username()));
        return ApiTokenAuthentication.checked(token.username(), token.name(), token.lookupId(), usable);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
