package com.gauthconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.gauthconsole.testing.SessionCookie;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every route of the console, for anonymous visitors and every role, against the table below. The routes come from
 * the application itself, so a new route without a rule here fails this test until someone decides who may use it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AccessMatrixTest {

    /** Who may use a route: nobody needs to sign in, anybody signed in, or holders of a role. */
    enum Audience {
        PUBLIC,
        SIGNED_IN,
        OPERATOR,
        AUDITOR,
        LEAD,
        ADMIN
    }

    record Rule(PathPattern path, Set<Audience> audiences) {}

    /** The expectation table: the first rule whose path pattern matches a route decides; any audience listed may. */
    static final List<Rule> RULES = List.of(
            rule("/login", Audience.PUBLIC),
            rule("/", Audience.SIGNED_IN),
            rule("/account/**", Audience.SIGNED_IN),
            rule("/sign-in/second-factor", Audience.SIGNED_IN),
            rule("/runs/*/steps/*/existing", Audience.LEAD),
            rule("/runs/*/steps/*/adopt", Audience.LEAD),
            rule("/runs/*/abandon", Audience.LEAD),
            rule("/runs/*/steps/*/adopt-by-id", Audience.LEAD),
            rule("/runs/*/target/continue", Audience.LEAD),
            rule("/runs/**", Audience.OPERATOR),
            rule("/bulk/**", Audience.OPERATOR),
            rule("/history/export.*", Audience.AUDITOR),
            rule("/history/verify", Audience.AUDITOR),
            rule("/history/fingerprint", Audience.AUDITOR, Audience.LEAD),
            rule("/history/events/**", Audience.AUDITOR),
            rule("/history/dashboard", Audience.AUDITOR, Audience.LEAD),
            rule("/history/**", Audience.OPERATOR, Audience.AUDITOR),
            rule("/targets/**", Audience.LEAD),
            rule("/v3/api-docs/**", Audience.OPERATOR, Audience.AUDITOR, Audience.LEAD, Audience.ADMIN),
            rule("/v3/api-docs.yaml", Audience.OPERATOR, Audience.AUDITOR, Audience.LEAD, Audience.ADMIN),
            rule("/swagger-ui.html", Audience.OPERATOR, Audience.AUDITOR, Audience.LEAD, Audience.ADMIN),
            rule("/admin/**", Audience.ADMIN));

    /** The role hierarchy as the design states it: a lead can do all an operator can, an admin everything. */
    static final Map<Role, Set<Audience>> REACHES = new EnumMap<>(Map.of(
            Role.OPERATOR, Set.of(Audience.OPERATOR),
            Role.AUDITOR, Set.of(Audience.AUDITOR),
            Role.LEAD, Set.of(Audience.LEAD, Audience.OPERATOR),
            Role.ADMIN, Set.of(Audience.ADMIN, Audience.LEAD, Audience.OPERATOR, Audience.AUDITOR)));

    /**
     * The simulator checks GAuth's own credentials; /error is the container's error page; the JSON API takes API
     * tokens only, never these sessions ({@code ApiAccessTest} walks its routes).
     */
    static final List<String> NOT_CONSOLE_ROUTES = List.of("/gauth-sim", "/error", "/api/");

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private final Map<Role, RequestPostProcessor> sessions = new EnumMap<>(Role.class);
    private String runId;
    private String userId;
    private String targetId;

    @BeforeEach
    void signInEveryDemoUserAndCreateOneOfEachThing() throws Exception {
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase();
            sessions.put(
                    role,
                    SessionCookie.of(
                            mvc.perform(formLogin().user(name).password(name)).andReturn()));
        }
        runId = idFrom(post(
                Role.OPERATOR,
                "/runs",
                "target",
                "Built-in simulator",
                "clusterDomain",
                "m.example.com",
                "customerDomain",
                "m.com"));
        String username = "matrix-" + System.nanoTime();
        post(Role.ADMIN, "/admin/users", "username", username, "password", "a-long-enough-password", "roles", "LEAD");
        userId = idOnPage(Role.ADMIN, "/admin/users", username);
        String targetName = "Matrix " + System.nanoTime();
        post(
                Role.LEAD,
                "/targets",
                "name",
                targetName,
                "baseUrl",
                "https://m.example.com",
                "opsUsername",
                "ops",
                "opsPassword",
                "ops");
        targetId = idOnPage(Role.LEAD, "/targets", targetName);
    }

    @TestFactory
    Stream<DynamicTest> everyRouteForAnonymousVisitorsAndEveryRole() {
        List<Route> routes = routes();
        assertThat(routes).as("routes found").hasSizeGreaterThan(20);
        return routes.stream()
                .flatMap(route -> Stream.concat(
                        Stream.of(DynamicTest.dynamicTest("anonymous " + route, () -> checkAnonymous(route))),
                        Stream.of(Role.values())
                                .map(role -> DynamicTest.dynamicTest(role + " " + route, () -> check(role, route)))));
    }

    /** CSRF protection is Spring Security's default; this proves no route was exempted from it. */
    @TestFactory
    Stream<DynamicTest> everyPostRouteRefusesARequestWithoutCsrfToken() {
        return routes().stream()
                .filter(route -> route.method() == HttpMethod.POST)
                .map(route -> DynamicTest.dynamicTest("ADMIN " + route + " without token", () -> {
                    MockHttpServletResponse response = mvc.perform(
                                    request(route.method(), route.path()).with(sessions.get(Role.ADMIN)))
                            .andReturn()
                            .getResponse();
                    assertThat(response.getStatus())
                            .as("%s without CSRF token", route)
                            .isEqualTo(403);
                }));
    }

    private void checkAnonymous(Route route) throws Exception {
        Set<Audience> audiences = audiencesOf(route);
        MockHttpServletResponse response =
                mvc.perform(requestFor(route)).andReturn().getResponse();
        if (audiences.contains(Audience.PUBLIC)) {
            assertAllowed(route, response);
        } else {
            assertThat(response.getRedirectedUrl())
                    .as("anonymous %s goes to sign in", route)
                    .isEqualTo("/login");
        }
    }

    private void check(Role role, Route route) throws Exception {
        Set<Audience> audiences = audiencesOf(route);
        MockHttpServletResponse response = mvc.perform(requestFor(route).with(sessions.get(role)))
                .andReturn()
                .getResponse();
        boolean allowed = audiences.contains(Audience.PUBLIC)
                || audiences.contains(Audience.SIGNED_IN)
                || REACHES.get(role).stream().anyMatch(audiences::contains);
        if (allowed) {
            assertAllowed(route, response);
        } else {
            assertThat(response.getStatus()).as("%s on %s", role, route).isEqualTo(403);
        }
    }

    private static void assertAllowed(Route route, MockHttpServletResponse response) {
        assertThat(response.getStatus())
                .as("%s answers neither refused nor failed", route)
                .isNotIn(401, 403)
                .isLessThan(500);
        assertThat(Optional.ofNullable(response.getRedirectedUrl()).orElse(""))
                .as("%s does not send to sign in", route)
                .doesNotEndWith("/login");
    }

    private static Set<Audience> audiencesOf(Route route) {
        PathContainer path = PathContainer.parsePath(route.path());
        return RULES.stream()
                .filter(rule -> rule.path().matches(path))
                .findFirst()
                .map(Rule::audiences)
                .orElseThrow(() -> new AssertionError("No access rule for " + route
                        + ": add one to AccessMatrixTest.RULES (and to the security" + " configuration)"));
    }

    private static MockHttpServletRequestBuilder requestFor(Route route) {
        return request(route.method(), route.path()).with(csrf());
    }

    /** The console's routes with their path variables filled in with things that exist. */
    private List<Route> routes() {
        return handlerMapping.getHandlerMethods().keySet().stream()
                .flatMap(this::routesOf)
                .distinct()
                .sorted(Comparator.comparing(Route::toString))
                .toList();
    }

    private Stream<Route> routesOf(RequestMappingInfo mapping) {
        Set<RequestMethod> declared = mapping.getMethodsCondition().getMethods();
        List<HttpMethod> methods = declared.isEmpty()
                ? List.of(HttpMethod.GET)
                : declared.stream().map(RequestMethod::asHttpMethod).toList();
        return mapping.getPatternValues().stream()
                .filter(pattern -> NOT_CONSOLE_ROUTES.stream().noneMatch(pattern::startsWith))
                .flatMap(pattern -> methods.stream().map(method -> new Route(method, pattern, concrete(pattern))));
    }

    private String concrete(String pattern) {
        return PATH_VARIABLE.matcher(pattern).replaceAll(variable -> sample(pattern, variable.group(1)));
    }

    private String sample(String pattern, String variable) {
        if (variable.equals("runId")) {
            return runId;
        }
        if (variable.equals("jobId")) {
            return "0";
        }
        if (variable.equals("handle")) {
            return "0123456789abcdef0123456789abcdef";
        }
        if (variable.equals("tokenId")) {
            return "0";
        }
        if (variable.equals("slug")) {
            return "client";
        }
        if (variable.equals("id") && pattern.startsWith("/admin/users/")) {
            return userId;
        }
        if (variable.equals("id") && pattern.startsWith("/targets/")) {
            return targetId;
        }
        if (variable.equals("id") && pattern.startsWith("/admin/notifications/")) {
            return "0";
        }
        throw new AssertionError(
                "No sample value for {" + variable + "} in " + pattern + ": add one to AccessMatrixTest.sample");
    }

    private MockHttpServletResponse post(Role role, String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder post =
                request(HttpMethod.POST, path).with(sessions.get(role)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            post.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(post).andReturn().getResponse();
    }

    private static String idFrom(MockHttpServletResponse response) {
        assertThat(response.getRedirectedUrl())
                .as("created, then sent to its page")
                .matches("/runs/\\d+/.*");
        return response.getRedirectedUrl().replaceAll("^/runs/(\\d+)/.*$", "$1");
    }

    private String idOnPage(Role role, String listPath, String name) throws Exception {
        String page = mvc.perform(request(HttpMethod.GET, listPath).with(sessions.get(role)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher link = Pattern.compile("href=\"" + listPath + "/(\\d+)\">" + Pattern.quote(name) + "<")
                .matcher(page);
        assertThat(link.find()).as("%s lists %s", listPath, name).isTrue();
        return link.group(1);
    }

    private static Rule rule(String pattern, Audience... audiences) {
        return new Rule(PathPatternParser.defaultInstance.parse(pattern), Set.of(audiences));
    }

    record Route(HttpMethod method, String pattern, String path) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }
}
