package com.gauthconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Script, SQL and header-injection payloads in every field of every form (the wizard's new run and step forms, the
 * targets and the users pages): each is refused with a message next to its field, or kept and shown escaped. An
 * over-long value in any text field is refused with a message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class HostileInputTest {

    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR '1'='1", "a\r\nSet-Cookie: x=y");
    static final String OVER_LONG = "x".repeat(5_000);

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final AtomicInteger unique = new AtomicInteger();
    private final AtomicInteger shownEscaped = new AtomicInteger();

    /**
     * One form: where it is posted, values that it accepts, which fields are secrets (never shown again, whatever is
     * typed) and which are choices (a list, radio buttons or checkboxes, so there is no length to exceed).
     */
    record HostileForm(String name, String path, Map<String, String> valid, Set<String> secrets, Set<String> choices) {}

    @Autowired
    MockMvc mvc;

    private final Map<Integer, Long> runAtStep = new LinkedHashMap<>();
    private long userId;

    @BeforeEach
    void runsWaitingAtEachStepAndAUser() throws Exception {
        String suffix = "h" + System.nanoTime();
        for (int step = 1; step <= 6; step++) {
            long runId = startRun();
            List<Map<String, String>> done = stepForms(suffix + "s" + step).subList(0, step - 1);
            for (int previous = 0; previous < done.size(); previous++) {
                MockHttpServletResponse executed =
                        submit("/runs/" + runId + "/steps/" + SLUGS.get(previous), done.get(previous), "execute");
                assertThat(executed.getRedirectedUrl())
                        .as("step %d executed", previous + 1)
                        .isNotNull();
            }
            runAtStep.put(step, runId);
        }
        String username = "hostile-" + suffix;
        submit("/admin/users", Map.of("username", username, "password", "a-long-enough-password", "roles", "OPERATOR"));
        String list = page("/admin/users");
        Matcher link = Pattern.compile("href=\"/admin/users/(\\d+)\">" + username + "<")
                .matcher(list);
        assertThat(link.find()).isTrue();
        userId = Long.parseLong(link.group(1));
    }

    @TestFactory
    Stream<DynamicTest> everyPayloadInEveryFieldIsRefusedOrShownInert() {
        Stream<DynamicTest> everyField = forms().stream()
                .flatMap(form -> form.valid().keySet().stream()
                        .flatMap(field -> PAYLOADS.stream()
                                .map(payload -> DynamicTest.dynamicTest(
                                        form.name() + " " + field + " " + printable(payload),
                                        () -> checkHostile(form, field, payload)))));
        // Without this, a test in which every field refused every payload would never look at escaping; the
        // environment user name and the target ops user name take them as free text.
        DynamicTest someWereKept = DynamicTest.dynamicTest(
                "free-text fields kept payloads and showed them escaped",
                () -> assertThat(shownEscaped.get()).isGreaterThanOrEqualTo(6));
        return Stream.concat(everyField, Stream.of(someWereKept));
    }

    @TestFactory
    Stream<DynamicTest> anOverLongValueInAnyTextFieldIsRefusedWithAMessage() {
        return forms().stream()
                .flatMap(form -> form.valid().keySet().stream()
                        .filter(field -> !form.choices().contains(field))
                        .map(field ->
                                DynamicTest.dynamicTest(form.name() + " " + field, () -> checkOverLong(form, field))));
    }

    private void checkHostile(HostileForm form, String field, String payload) throws Exception {
        MockHttpServletResponse response = submit(form.path(), with(form, field, payload));
        String html = shownAfter(response);

        assertThat(response.getHeaders("Set-Cookie"))
                .as("no injected header")
                .noneMatch(value -> value.contains("x=y"));
        assertThat(response.getHeaderNames())
                .allSatisfy(header -> assertThat(response.getHeaders(header))
                        .allSatisfy(value -> assertThat(value).doesNotContain("\r", "\n")));
        assertThat(html).doesNotContain("<script>alert(1)", "<img src=x onerror");
        String refusal = fieldError(html, field);
        if (refusal != null) {
            assertThat(refusal)
                    .as("the message next to %s of %s", field, form.name())
                    .isNotBlank();
        } else if (form.secrets().contains(field)) {
            assertThat(html).doesNotContain(payload, HtmlUtils.htmlEscape(payload));
        } else {
            shownEscaped.incrementAndGet();
            assertThat(html)
                    .as("%s of %s kept and shown escaped", field, form.name())
                    .contains(HtmlUtils.htmlEscape(payload.substring(payload.lastIndexOf('\n') + 1)));
        }
    }

    private void checkOverLong(HostileForm form, String field) throws Exception {
        String html = shownAfter(submit(form.path(), with(form, field, OVER_LONG)));

        assertThat(fieldError(html, field))
                .as("the message next to %s of %s", field, form.name())
                .isNotBlank();
    }

    private List<HostileForm> forms() {
        List<HostileForm> forms = new ArrayList<>();
        forms.add(new HostileForm(
                "new run",
                "/runs",
                Map.of(
                        "target",
                        "Built-in simulator",
                        "clusterDomain",
                        "acme.example.com",
                        "customerDomain",
                        "acme.com"),
                Set.of(),
                Set.of("target")));
        List<Map<String, String>> steps = stepForms("hostile" + unique.incrementAndGet());
        List<Set<String>> secrets =
                List.of(Set.of("clientSecret"), Set.of(), Set.of("password"), Set.of(), Set.of(), Set.of());
        List<Set<String>> choices = List.of(
                Set.of("clientType", "internalClient", "grantTypes"),
                Set.of(),
                Set.of("connectionProtocol", "traceMode", "tlsEnabled", "configServerReadOnly"),
                Set.of(),
                Set.of("readOnly"),
                Set.of());
        for (int step = 1; step <= 6; step++) {
            forms.add(new HostileForm(
                    "step " + SLUGS.get(step - 1),
                    "/runs/" + runAtStep.get(step) + "/steps/" + SLUGS.get(step - 1),
                    steps.get(step - 1),
                    secrets.get(step - 1),
                    choices.get(step - 1)));
        }
        forms.add(new HostileForm(
                "new target",
                "/targets",
                Map.of(
                        "name", "Hostile " + System.nanoTime(),
                        "baseUrl", "https://gauth.hostile.example.com",
                        "opsUsername", "ops",
                        "opsPassword", "ops-password",
                        "connectTimeoutSeconds", "5",
                        "responseTimeoutSeconds", "30"),
                Set.of("opsPassword"),
                Set.of()));
        forms.add(new HostileForm(
                "new user",
                "/admin/users",
                Map.of("username", "h" + System.nanoTime(), "password", "a-long-enough-password", "roles", "AUDITOR"),
                Set.of("password"),
                Set.of("roles")));
        forms.add(new HostileForm(
                "user roles",
                "/admin/users/" + userId + "/roles",
                Map.of("roles", "AUDITOR"),
                Set.of(),
                Set.of("roles")));
        forms.add(new HostileForm(
                "user password",
                "/admin/users/" + userId + "/password",
                Map.of("password", "another-long-password"),
                Set.of("password"),
                Set.of()));
        return forms;
    }

    static final List<String> SLUGS =
            List.of("client", "token", "environment", "contact-center", "data-center", "cors");

    /** Values each step accepts, the procedure's defaults with IDs of their own so runs do not collide in GAuth. */
    private static List<Map<String, String>> stepForms(String id) {
        Map<String, String> client = new LinkedHashMap<>();
        client.put("name", "client_" + id);
        client.put("clientId", "client_" + id);
        client.put("clientSecret", "");
        client.put("clientType", "CONFIDENTIAL");
        client.put("internalClient", "true");
        client.put("authorities", "ROLE_INTERNAL_CLIENT");
        client.put("scope", "*");
        client.put("grantTypes", "password");
        client.put("redirectUris", "https://gauth.acme.example.com");
        client.put("accessTokenExpirationTimeout", "43200");
        client.put("refreshTokenExpirationTimeout", "43200");
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("id", "cc_" + id);
        environment.put("username", "default");
        environment.put("password", "cfg-password");
        environment.put("connectionProtocol", "addp");
        environment.put("remoteTimeout", "7");
        environment.put("localTimeout", "5");
        environment.put("appName", "Cloud");
        environment.put("traceMode", "CFGTMBoth");
        environment.put("tlsEnabled", "false");
        environment.put("primaryAddress", "172.24.132.84");
        environment.put("primaryPort", "2020");
        environment.put("configServerReadOnly", "false");
        environment.put("locations", "/USW1");
        environment.put("tenant", "Environment");
        return List.of(
                client,
                Map.of(),
                environment,
                Map.of("domains", "acme.example.com", "auth", "configServer", "id", "cc_" + id),
                Map.of("location", "/" + id, "entryPoint", "https://gauth.acme.example.com", "readOnly", "false"),
                Map.of("origins", "https://wwe.acme.example.com"));
    }

    private long startRun() throws Exception {
        String location = submit(
                        "/runs",
                        Map.of(
                                "target",
                                "Built-in simulator",
                                "clusterDomain",
                                "acme.example.com",
                                "customerDomain",
                                "acme.com"))
                .getRedirectedUrl();
        return Long.parseLong(location.replaceAll("^/runs/(\\d+)/.*$", "$1"));
    }

    private static Map<String, String> with(HostileForm form, String field, String value) {
        Map<String, String> fields = new LinkedHashMap<>(form.valid());
        fields.put(field, value);
        return fields;
    }

    private MockHttpServletResponse submit(String path, Map<String, String> fields) throws Exception {
        return submit(path, fields, "preview");
    }

    private MockHttpServletResponse submit(String path, Map<String, String> fields, String action) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(ADMIN).with(csrf());
        if (path.startsWith("/runs/")) {
            request.param("action", action);
        }
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The page the browser shows next: the form again, or the page it was sent to. */
    private String shownAfter(MockHttpServletResponse response) throws Exception {
        return response.getRedirectedUrl() == null ? response.getContentAsString() : page(response.getRedirectedUrl());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(ADMIN)).andReturn().getResponse().getContentAsString();
    }

    /** The text of the field's error element, or null when the field was accepted. */
    private static String fieldError(String html, String field) {
        Matcher error = Pattern.compile(
                        "id=\"" + Pattern.quote(field) + "-error\" class=\"invalid-feedback[^\"]*\">((?s).*?)</div>")
                .matcher(html);
        return error.find() ? error.group(1) : null;
    }

    private static String printable(String payload) {
        return payload.replace("\r", "\\r").replace("\n", "\\n");
    }
}
