package com.gauthconsole.api;

import com.gauthconsole.limit.RateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code console.api.requests-per-second} calls a second per token, counted by the console's one limiter in
 * the database (so every instance shares the count) over windows of ten seconds: a script's short burst passes,
 * a sustained flood does not.
 */
class ApiRateLimit extends OncePerRequestFilter {

    static final String PURPOSE = "api-token";
    static final Duration WINDOW = Duration.ofSeconds(10);

    private final RateLimiter limiter;
    private final ApiProperties properties;
    private final ProblemResponses problems;

    ApiRateLimit(RateLimiter limiter, ApiProperties properties, ProblemResponses problems) {
        this.limiter = limiter;
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication token
                && !limiter.tryAcquire(
                        PURPOSE, token.lookupId(), properties.requestsPerSecond() * (int) WINDOW.toSeconds(), WINDOW)) {
            problems.rateLimited(request, response, properties.requestsPerSecond());
            return;
        }
        chain.doFilter(request, response);
    }
}
