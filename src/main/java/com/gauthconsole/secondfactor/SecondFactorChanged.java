package com.gauthconsole.secondfactor;

/**
 * Published, in the transaction that makes it, when a user changes their own second factor. An administrator's
 * reset is a change of the user's account ({@code UserAccountChanged}).
 */
public record SecondFactorChanged(String username, Change change, String address) {

    public enum Change {
        ENROLLED,
        DISABLED,
        RECOVERY_CODES_REPLACED
    }
}
