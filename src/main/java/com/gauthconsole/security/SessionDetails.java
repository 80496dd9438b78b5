package com.gauthconsole.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What a person's list of their sessions shows besides the time: the address the session signed in from (as seen
 * through trusted proxies) and its browser, kept in the session at sign-in.
 */
final class SessionDetails {

    static final String ADDRESS = "console.sign-in.address";
    static final String BROWSER = "console.sign-in.browser";

    private SessionDetails() {}

    static void record(HttpServletRequest request) {
        HttpSession session = request.getSession();
        session.setAttribute(ADDRESS, request.getRemoteAddr());
        session.setAttribute(BROWSER, BrowserName.of(request.getHeader("User-Agent")));
    }
}
