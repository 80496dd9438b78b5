package com.gauthconsole.security;

/**
 * Published when an administrator's change ended a user's open sessions.
 *
 * @param endedBy the administrator
 * @param username whose sessions ended
 * @param sessions how many were open
 */
public record SessionsEnded(String endedBy, String username, int sessions) {}
