package com.gauthconsole.user;

/**
 * Published, in the transaction that makes it, for every change an administrator makes to a user account.
 *
 * @param actor the administrator
 * @param username whose account changed
 * @param roles the account's roles after the change, e.g. {@code [LEAD, OPERATOR]}
 */
public record UserAccountChanged(String actor, String username, Change change, String roles) {

    public enum Change {
        CREATED,
        ROLES_CHANGED,
        DISABLED,
        ENABLED,
        PASSWORD_RESET,
        SECOND_FACTOR_RESET
    }
}
