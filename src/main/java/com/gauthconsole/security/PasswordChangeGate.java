package com.gauthconsole.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone who signed in with a password they must change (the generated first administrator's, or one an
 * administrator set) holds no role until they have changed it, and every page but the one to change it sends them
 * there.
 */
public final class PasswordChangeGate extends OncePerRequestFilter {

    /** The only authority of a signed-in person whose password must be changed first. */
    public static final String AUTHORITY = "PASSWORD_CHANGE_REQUIRED";

    public static final String PAGE = "/account/password";

    private static final List<String> OPEN_PREFIXES = List.of(PAGE, "/logout", "/css/", "/webjars/", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (signedIn != null
                && signedIn.getAuthorities().stream().anyMatch(granted -> AUTHORITY.equals(granted.getAuthority()))
                && OPEN_PREFIXES.stream().noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
