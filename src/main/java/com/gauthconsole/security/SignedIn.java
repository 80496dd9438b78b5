package com.gauthconsole.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After any sign-in, local or through the company's provider: notes the session's address and browser for the
 * person's list of sessions, records a company sign-in, and goes on to the page that was asked for or home.
 */
class SignedIn extends SavedRequestAwareAuthenticationSuccessHandler {

    private final ApplicationEventPublisher events;

    SignedIn(ApplicationEventPublisher events) {
        this.events = events;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        SessionDetails.record(request);
        if (authentication instanceof OAuth2AuthenticationToken company) {
            events.publishEvent(new CompanySignInAttempted(
                    CompanySignInAttempted.Outcome.SUCCEEDED,
                    company.getName(),
                    company.getAuthorizedClientRegistrationId(),
                    request.getRemoteAddr(),
                    new TreeSet<>(company.getAuthorities().stream()
                                    .map(GrantedAuthority::getAuthority)
                                    .map(authority -> authority.replaceFirst("^ROLE_", ""))
                                    .toList())
                            .toString()));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
