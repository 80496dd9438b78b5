package com.gauthconsole.security;

import com.gauthconsole.limit.RateLimiter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/** The console's one security configuration: who may reach which page, and how they sign in. */
@Configuration
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The built-in GAuth simulator checks GAuth's own credentials (ops Basic, client Basic, Bearer) itself, the way
     * the real service does, so console sign-in, sessions and CSRF do not apply to it.
     */
    @Bean
    @Order(1)
    SecurityFilterChain simulatorChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/gauth-sim/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain consoleChain(
            HttpSecurity http,
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            RateLimiter limiter,
            SignInProperties signInProperties,
            SessionRegistry sessionRegistry,
            Environment environment,
            ApplicationEventPublisher events,
            SignInOptions options,
            CompanySignInProperties companySignIn)
            throws Exception {
        List<AuthenticationProvider> signIns = new ArrayList<>();
        signIns.add(
                options.localAccountsOpen()
                        ? signIn(users, passwordEncoder, limiter, signInProperties, events)
                        : new LocalAccountsClosed());
        if (!options.providers().isEmpty()) {
            signIns.add(new OidcAuthorizationCodeAuthenticationProvider(
                    new RestClientAuthorizationCodeTokenResponseClient(), new CompanyUsers(companySignIn)));
            http.oauth2Login(company -> company.loginPage("/login")
                    // Nothing calls an API with the provider's tokens, so none is kept after sign-in.
                    .authorizedClientRepository(new NoAuthorizedClients())
                    .successHandler(new SignedIn(events))
                    .failureHandler(new CompanySignInFailureRedirect(events)));
        }
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/livez", "/readyz")
                        .permitAll()
                        .requestMatchers(onManagementPort(environment))
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(
                                "/runs/*/steps/*/existing",
                                "/runs/*/steps/*/adopt",
                                "/runs/*/steps/*/adopt-by-id",
                                "/runs/*/abandon",
                                "/runs/*/target/continue")
                        .hasRole(Role.LEAD.name())
                        .requestMatchers("/runs/**", "/bulk/**", "/bulk")
                        .hasRole(Role.OPERATOR.name())
                        .requestMatchers("/targets/**")
                        .hasRole(Role.LEAD.name())
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/history/events", "/history/events/checkpoint")
                        .hasRole(Role.AUDITOR.name())
                        .requestMatchers("/history/fingerprint")
                        .hasAnyRole(Role.AUDITOR.name(), Role.LEAD.name())
                        .requestMatchers(HttpMethod.GET, "/history/dashboard")
                        .hasAnyRole(Role.AUDITOR.name(), Role.LEAD.name())
                        .requestMatchers(HttpMethod.GET, "/history", "/history/runs/*")
                        .hasAnyRole(Role.OPERATOR.name(), Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/history/export.csv", "/history/export.json")
                        .hasRole(Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/history/verify")
                        .hasRole(Role.AUDITOR.name())
                        .requestMatchers("/history/**")
                        .denyAll()
                        .anyRequest()
                        .authenticated())
                // Its own manager without a parent: a refused sign-in must not be retried by another provider. Each
                // kind of sign-in has one provider that supports it: the password check or the company's provider.
                .authenticationManager(new ProviderManager(signIns))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new SignedIn(events))
                        .failureHandler(new SignInFailureRedirect()))
                .addFilterBefore(
                        new SignInGate(Map.of(
                                PasswordChangeGate.AUTHORITY, PasswordChangeGate.PAGE,
                                SecondFactorGate.AUTHORITY, SecondFactorGate.PAGE,
                                SecondFactorGate.ENROLMENT_AUTHORITY, SecondFactorGate.ENROLMENT_PAGE)),
                        AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        // No limit per user; what matters is that each session is registered and can be ended.
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?ended"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * Actuator requests that came in on a {@code management.server.port} of its own, which an installation keeps
     * inside its network for the metrics scraper; the main port serves no actuator endpoint then. Without a port of
     * its own, {@code local.management.port} is the main port, and nothing matches.
     */
    private static RequestMatcher onManagementPort(Environment environment) {
        return request -> {
            String managementPort = environment.getProperty("local.management.port");
            return managementPort != null
                    && !managementPort.equals(environment.getProperty("local.server.port"))
                    && managementPort.equals(String.valueOf(request.getLocalPort()))
                    && request.getRequestURI().startsWith("/actuator/");
        };
    }

    /**
     * The provider hashes the typed password for every name: against a dummy for an unknown one, and for a disabled
     * user too (Spring Security's {@code alwaysPerformAdditionalChecksOnUser}), so no answer is faster than another.
     */
    private static AuthenticationProvider signIn(
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            RateLimiter limiter,
            SignInProperties properties,
            ApplicationEventPublisher events) {
        var passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        // ThrottledSignIn tells unknown names apart for the record, and refuses them like any other.
        passwordCheck.setHideUserNotFoundExceptions(false);
        return new ThrottledSignIn(passwordCheck, limiter, properties, events);
    }

    /**
     * Finds every signed-in session in the database, of every instance, so that {@link SignedInSessions} can end
     * them.
     */
    @Bean
    SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /** A lead can do all an operator can; an admin all a lead or an auditor can. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name())
                .implies(Role.LEAD.name(), Role.AUDITOR.name())
                .role(Role.LEAD.name())
                .implies(Role.OPERATOR.name())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
