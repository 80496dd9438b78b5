package com.gauthconsole.testing;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Carries a sign-in into later MockMvc requests the way a browser does: by the session cookie. Sessions live in the
 * database (Spring Session), so the servlet container's session object cannot be handed on.
 */
public final class SessionCookie {

    private SessionCookie() {}

    public static RequestPostProcessor of(MvcResult signIn) {
        Cookie session = signIn.getResponse().getCookie("SESSION");
        if (session == null) {
            throw new IllegalStateException("The sign-in set no session cookie");
        }
        return request -> {
            request.setCookies(session);
            return request;
        };
    }
}
