package com.gauthconsole.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.gauthconsole.security.Role;
import com.gauthconsole.testing.SessionCookie;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every user administration route, for every role but ADMIN: refused, and nothing changed. */
@SpringBootTest
@AutoConfigureMockMvc
class UserAdministrationAccessTest {

    private static final String TARGET = "access-target";
    private static final String NEWCOMER = "access-newcomer";

    @Autowired
    MockMvc mvc;

    @Autowired
    ConsoleUserRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    ConsoleUser target;

    record Route(String name, LongFunction<MockHttpServletRequestBuilder> request) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route("GET /admin/users", id -> get("/admin/users")),
            new Route("GET /admin/users/new", id -> get("/admin/users/new")),
            new Route("GET /admin/users/{id}", id -> get("/admin/users/{id}", id)),
            new Route(
                    "POST /admin/users",
                    id -> post("/admin/users")
                            .param("username", NEWCOMER)
                            .param("password", "a-long-enough-password")
                            .param("roles", "ADMIN")),
            new Route(
                    "POST /admin/users/{id}/roles",
                    id -> post("/admin/users/{id}/roles", id).param("roles", "ADMIN")),
            new Route("POST /admin/users/{id}/disable", id -> post("/admin/users/{id}/disable", id)),
            new Route("POST /admin/users/{id}/enable", id -> post("/admin/users/{id}/enable", id)),
            new Route(
                    "POST /admin/users/{id}/password",
                    id -> post("/admin/users/{id}/password", id).param("password", "a-long-enough-password")));

    static Stream<Arguments> everyRouteForEveryRoleButAdmin() {
        return Stream.of(Role.OPERATOR, Role.AUDITOR, Role.LEAD)
                .flatMap(role -> ROUTES.stream().map(route -> Arguments.of(role, route)));
    }

    static Stream<Route> everyRoute() {
        return ROUTES.stream();
    }

    @BeforeEach
    void aUserToChange() {
        target = users.findByUsername(TARGET)
                .orElseGet(() -> users.save(
                        new ConsoleUser(TARGET, passwordEncoder.encode("the-target-password"), Set.of(Role.OPERATOR))));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyRouteForEveryRoleButAdmin")
    void refusesEveryRoleButAdminAndChangesNothing(Role role, Route route) throws Exception {
        String demoUser = role.name().toLowerCase();
        RequestPostProcessor session = SessionCookie.of(
                mvc.perform(formLogin().user(demoUser).password(demoUser)).andReturn());

        mvc.perform(route.request().apply(target.id()).with(csrf()).with(session))
                .andExpect(status().isForbidden());

        assertNothingChanged();
    }

    @ParameterizedTest(name = "anonymous on {0}")
    @MethodSource("everyRoute")
    void sendsAnonymousVisitorsToSignInAndChangesNothing(Route route) throws Exception {
        mvc.perform(route.request().apply(target.id()).with(csrf())).andExpect(redirectedUrl("/login"));

        assertNothingChanged();
    }

    private void assertNothingChanged() {
        ConsoleUser now = users.findById(target.id()).orElseThrow();
        assertThat(now.roles()).containsExactly(Role.OPERATOR);
        assertThat(now.enabled()).isTrue();
        assertThat(now.passwordHash()).isEqualTo(target.passwordHash());
        assertThat(users.existsByUsername(NEWCOMER)).isFalse();
    }
}
