package com.gauthconsole.api;

import com.gauthconsole.secret.Secret;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/** Reads {@code Authorization: Bearer <token>}; without that header the call is anonymous and refused later. */
class BearerTokens implements AuthenticationConverter {

    private static final String BEARER = "bearer ";

    @Override
    public Authentication convert(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return null;
        }
        if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new BadCredentialsException("The API takes only 'Authorization: Bearer <API token>'.");
        }
        return ApiTokenAuthentication.sent(
                Secret.of(header.substring(BEARER.length()).strip()));
    }
}
