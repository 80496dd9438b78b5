package com.gauthconsole.security;

/**
 * The two ways a local account's sign-in waits for a second factor (see {@link SignInGate}): a user who has one
 * enrolled gave the right password but not yet a code, or an administrator who must enrol one (see {@link
 * SignInProperties.Totp#requiredForAdmin()}) has not yet. Either holds no role meanwhile.
 */
public final class SecondFactorGate {

    /** The only authority of someone who gave their password and still owes a code. */
    public static final String AUTHORITY = "SECOND_FACTOR_REQUIRED";

    public static final String PAGE = "/sign-in/second-factor";

    /** The only authority of an administrator who must enrol a second factor before anything else. */
    public static final String ENROLMENT_AUTHORITY = "SECOND_FACTOR_ENROLMENT_REQUIRED";

    public static final String ENROLMENT_PAGE = "/account/second-factor";

    /** The factor Spring Security's {@code FactorGrantedAuthority} records once a code was given. */
    public static final String TOTP_FACTOR = "FACTOR_TOTP";

    private SecondFactorGate() {}
}
