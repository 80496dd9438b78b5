package com.gauthconsole.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password, because its user name or address failed too often. */
class SignInThrottled extends AuthenticationException {
    SignInThrottled() {
        super("too many failed sign-ins for this user name or address");
    }
}
