package com.gauthconsole.secondfactor;

/**
 * Published for the codes worth a record, like the password's sign-ins: each right one, the first wrong one of a
 * burst for a user name, and the wrong one that locks the name.
 *
 * @param method what was given, for a right one; null for a wrong one
 * @param failures the name's failed sign-ins and wrong codes in its current window, including this one
 */
public record SecondFactorAttempted(Outcome outcome, String username, String address, Method method, int failures) {

    public enum Outcome {
        SUCCEEDED,
        FAILED,
        LOCKED
    }

    public enum Method {
        CODE,
        RECOVERY_CODE
    }
}
