package com.gauthconsole.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A sign-in that is not finished yet holds one authority that names what is missing (a password of one's own, a
 * code, an enrolled second factor) and no role; every page but the one that finishes it, and signing out, sends the
 * person there.
 */
final class SignInGate extends OncePerRequestFilter {

    private static final List<String> ALWAYS_OPEN = List.of("/logout", "/css/", "/js/", "/webjars/", "/error");

    /** The page that finishes each unfinished sign-in, by the authority that marks it. */
    private final Map<String, String> pages;

    SignInGate(Map<String, String> pages) {
        this.pages = Map.copyOf(pages);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> page = pageToFinish(SecurityContextHolder.getContext().getAuthentication());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (page.isPresent()
                && !path.startsWith(page.get())
                && ALWAYS_OPEN.stream().noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + page.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<String> pageToFinish(Authentication signedIn) {
        if (signedIn == null) {
            return Optional.empty();
        }
        return signedIn.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(pages::containsKey)
                .map(pages::get)
                .findFirst();
    }
}
