package com.gauthconsole.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The provider signed the person in, but none of their groups gives a role in the console. */
class NoConsoleRole extends OAuth2AuthenticationException {

    static final String ERROR_CODE = "no_console_role";

    private final String username;

    NoConsoleRole(String username) {
        super(new OAuth2Error(ERROR_CODE, "none of the person's groups gives a role in the console", null));
        this.username = username;
    }

    String username() {
        return username;
    }
}
