package com.gauthconsole.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Replaces a local sign-in whose authorities change while it lasts (a password changed, a code given, a second
 * factor enrolled) with one holding the new authorities, under a new session id. The factors the sign-in proved
 * (Spring Security's {@code FACTOR_} authorities) stay proved.
 */
public final class RenewedSignIn {

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private RenewedSignIn() {}

    public static void holding(
            Collection<? extends GrantedAuthority> authorities,
            Collection<? extends GrantedAuthority> factorsProvedNow,
            Authentication signedIn,
            HttpServletRequest request,
            HttpServletResponse response) {
        List<GrantedAuthority> held = Stream.of(
                        authorities.stream(),
                        signedIn.getAuthorities().stream()
                                .filter(granted -> granted.getAuthority().startsWith("FACTOR_")),
                        factorsProvedNow.stream())
                .flatMap(granted -> granted.map(GrantedAuthority.class::cast))
                .toList();
        UsernamePasswordAuthenticationToken renewed =
                UsernamePasswordAuthenticationToken.authenticated(signedIn.getPrincipal(), null, held);
        renewed.setDetails(signedIn.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(renewed);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        CONTEXTS.saveContext(context, request, response);
    }
}
