package com.gauthconsole.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Records a sign-in through the company's provider that did not end signed in, and sends the person to the login
 * page with the reason it shows: no role in the console, or a sign-in that could not be completed. Only the OAuth 2
 * error code is recorded, never a description a provider may have filled with anything.
 */
class CompanySignInFailureRedirect implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(CompanySignInFailureRedirect.class);

    /** The standard codes are short; whatever else a provider sends is cut to this. */
    private static final int MAX_CODE_LENGTH = 40;

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();
    private final ApplicationEventPublisher events;

    CompanySignInFailureRedirect(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String provider = request.getRequestURI().replaceFirst(".*/", "");
        if (failure instanceof NoConsoleRole refused) {
            events.publishEvent(new CompanySignInAttempted(
                    CompanySignInAttempted.Outcome.REFUSED,
                    refused.username(),
                    provider,
                    request.getRemoteAddr(),
                    NoConsoleRole.ERROR_CODE));
            redirect.sendRedirect(request, response, "/login?no-role");
            return;
        }
        String code = failure instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode().replaceAll("[^A-Za-z0-9_.-]", "")
                : "sign_in_failed";
        code = code.substring(0, Math.min(code.length(), MAX_CODE_LENGTH));
        log.warn("A sign-in through {} failed: {}", provider, code);
        events.publishEvent(new CompanySignInAttempted(
                CompanySignInAttempted.Outcome.FAILED, null, provider, request.getRemoteAddr(), code));
        redirect.sendRedirect(request, response, "/login?company-failed");
    }
}
