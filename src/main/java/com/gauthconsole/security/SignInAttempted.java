package com.gauthconsole.security;

/**
 * Published for the sign-ins worth a record: each success (or right password of a user who owes a code next), the first failure of a burst for one user name, and the
 * failure that locks the name. Failures in between only count, so a burst is two events at most, the second with its
 * count.
 *
 * @param username the name signed in with, or null when it names no account (people type passwords into that field)
 * @param address the client's address, as seen through trusted proxies
 * @param failures the name's failed sign-ins in its current window: before a success, or including this failure
 */
public record SignInAttempted(Outcome outcome, String username, String address, int failures) {

    public enum Outcome {
        SUCCEEDED,
        /** The password was right; the user's second factor is asked for next. */
        PASSWORD_ACCEPTED,
        FAILED,
        LOCKED
    }
}
