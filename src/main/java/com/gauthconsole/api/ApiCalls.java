package com.gauthconsole.api;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Whether the current request is an API call, and through which of its user's tokens. */
public final class ApiCalls {

    private ApiCalls() {}

    /** The name of the token the current call came with, or empty for a page, a sign-in or background work. */
    public static Optional<String> throughToken() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current instanceof ApiTokenAuthentication token && token.isAuthenticated()
                ? Optional.of(token.tokenName())
                : Optional.empty();
    }
}
