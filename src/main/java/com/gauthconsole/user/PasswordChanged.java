package com.gauthconsole.user;

/**
 * Published when a user changed their own password, in the transaction that changes it.
 *
 * @param username whose password changed
 * @param required whether it was a password they had to change (set by someone else, or generated)
 * @param address the client's address, as seen through trusted proxies
 */
public record PasswordChanged(String username, boolean required, String address) {}
