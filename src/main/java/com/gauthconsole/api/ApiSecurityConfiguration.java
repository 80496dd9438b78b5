package com.gauthconsole.api;

import com.gauthconsole.limit.RateLimiter;
import com.gauthconsole.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The JSON API's security, apart from the pages': personal API tokens as bearer tokens and nothing else (a session
 * cookie authenticates nothing here, so there is no CSRF to guard against), no session, the same roles per route as
 * the pages (README, "Who may do what"), and a rate limit per token. The OpenAPI document and Swagger UI are pages
 * for anybody signed in with a role.
 */
@Configuration
class ApiSecurityConfiguration {

    static final String API = "/api/**";

    /**
     * The pages' policy, and the one style element Swagger UI's bundle inserts, allowed by its hash (of swagger-ui
     * 5.x as springdoc 3.1.1 ships it; a new version's would be blocked, costing only that style, until its hash is
     * added: {@code SwaggerUiInTheBrowserTest} reads the browser's console).
     */
    private static final String DOCS_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(0)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ApiTokens tokens,
            UserDetailsService users,
            ProblemResponses problems,
            RateLimiter limiter,
            ApiProperties properties)
            throws Exception {
        AuthenticationFilter bearer = new AuthenticationFilter(
                new ProviderManager(new ApiTokenAuthenticationProvider(tokens, users)), new BearerTokens());
        bearer.setSuccessHandler((request, response, authentication) -> {});
        bearer.setFailureHandler(problems);
        bearer.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        return http.securityMatcher(API)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/api/v1/runs/*/steps/*/re-run",
                                "/api/v1/runs/*/steps/*/existing",
                                "/api/v1/runs/*/steps/*/adopt",
                                "/api/v1/runs/*/steps/*/adopt-by-id",
                                "/api/v1/runs/*/abandon")
                        .hasRole(Role.LEAD.name())
                        .requestMatchers("/api/v1/runs", "/api/v1/runs/**")
                        .hasRole(Role.OPERATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/history/export.csv", "/api/v1/history/export.json")
                        .hasRole(Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/history/verify")
                        .hasRole(Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/history", "/api/v1/history/runs/*")
                        .hasAnyRole(Role.OPERATOR.name(), Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/targets")
                        .hasRole(Role.OPERATOR.name())
                        .requestMatchers("/api/v1/bulk/**")
                        .hasRole(Role.OPERATOR.name())
                        .anyRequest()
                        .authenticated())
                .addFilterAt(bearer, BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiRateLimit(limiter, properties, problems), AuthorizationFilter.class)
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(
                        failures -> failures.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /** Swagger UI and the OpenAPI document, read in the browser of somebody signed in to the pages. */
    @Bean
    @Order(1)
    SecurityFilterChain apiDocumentationChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(
                        "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .hasAnyRole(Role.OPERATOR.name(), Role.AUDITOR.name(), Role.LEAD.name(), Role.ADMIN.name()))
                .exceptionHandling(
                        failures -> failures.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .requestCache(cache -> cache.disable())
                .headers(headers ->
                        headers.contentSecurityPolicy(csp -> csp.policyDirectives(DOCS_CONTENT_SECURITY_POLICY)))
                .build();
    }
}
