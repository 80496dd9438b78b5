package com.gauthconsole.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a refused sign-in back to the login page with only what the page shows: a locked user name gets its own
 * message, every other failure the same one, to reveal nothing. Spring's own failure handlers keep the exception in
 * the session, and with it the sign-in request and the password that was typed; sessions live in the database.
 */
final class SignInFailureRedirect implements AuthenticationFailureHandler {

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String reason;
        if (failure instanceof SignInThrottled) {
            reason = "locked";
        } else if (failure instanceof LocalAccountsClosed.Refused) {
            reason = "local-closed";
        } else {
            reason = "error";
        }
        redirect.sendRedirect(request, response, "/login?" + reason);
    }
}
