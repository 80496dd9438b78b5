package com.gauthconsole.security;

/**
 * Someone who signed in with a password they must change (the generated first administrator's, or one an
 * administrator set) holds no role until they have changed it, and every page but the one to change it sends them
 * there (see {@link SignInGate}).
 */
public final class PasswordChangeGate {

    /** The only authority of a signed-in person whose password must be changed first. */
    public static final String AUTHORITY = "PASSWORD_CHANGE_REQUIRED";

    public static final String PAGE = "/account/password";

    private PasswordChangeGate() {}
}
