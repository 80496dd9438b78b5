package com.gauthconsole.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.gauthconsole.run.Step;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Clicks through the wizard as a signed-in user would, with the procedure's defaults: over MockMvc in the slice and
 * full-stack tests, or over real HTTP with a {@link ConsoleSession} where the console runs as a server (several
 * instances, the benchmark).
 */
public final class WizardDriver {

    public static final String TARGET = "Built-in simulator";

    /** Nanoseconds per step, and the whole run's wall time; succeeded is false if any step did not. */
    public record Timings(Map<Step, Long> stepNanos, long runNanos, boolean succeeded) {}

    private record Reply(int status, String location, String body) {}

    private interface Transport {
        Reply get(String path) throws Exception;

        Reply post(String path, Map<String, List<String>> fields) throws Exception;
    }

    private final Transport transport;
    private final Map<String, String> pages = new LinkedHashMap<>();

    public WizardDriver(MockMvc mvc, String username, String role) {
        RequestPostProcessor signedIn = user(username).roles(role);
        this.transport = new Transport() {
            @Override
            public Reply get(String path) throws Exception {
                return perform(MockMvcRequestBuilders.get(path));
            }

            @Override
            public Reply post(String path, Map<String, List<String>> fields) throws Exception {
                MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
                fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
                return perform(request);
            }

            private Reply perform(MockHttpServletRequestBuilder request) throws Exception {
                MockHttpServletResponse response = mvc.perform(
                                request.with(signedIn).with(csrf()))
                        .andReturn()
                        .getResponse();
                return new Reply(response.getStatus(), response.getRedirectedUrl(), response.getContentAsString());
            }
        };
    }

    /** Drives the console at the session's address, as the session's signed-in user. */
    public WizardDriver(ConsoleSession session) {
        this.transport = new Transport() {
            @Override
            public Reply get(String path) throws Exception {
                return reply(session.get(path));
            }

            @Override
            public Reply post(String path, Map<String, List<String>> fields) throws Exception {
                return reply(session.post(path, fields));
            }

            private Reply reply(HttpResponse<String> response) {
                String location = response.headers()
                        .firstValue("Location")
                        .map(URI::create)
                        .map(uri -> uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                        .orElse(null);
                return new Reply(response.statusCode(), location, response.body());
            }
        };
    }

    /** Starts a run whose customer's domain follows from the cluster's: acme.example.com gives acme.com. */
    public long start(String clusterDomain) throws Exception {
        return start(clusterDomain, clusterDomain.replace(".example.com", ".com"), TARGET);
    }

    public long start(String clusterDomain, String customerDomain, String target) throws Exception {
        return startFrom(clusterDomain, customerDomain, target, null);
    }

    /** Starts a run from another one ("start a new run from this one"), or a fresh one when {@code from} is null. */
    public long startFrom(String clusterDomain, String customerDomain, String target, Long from) throws Exception {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("target", List.of(target));
        fields.put("clusterDomain", List.of(clusterDomain));
        fields.put("customerDomain", List.of(customerDomain));
        if (from != null) {
            fields.put("from", List.of(from.toString()));
        }
        Reply reply = transport.post("/runs", fields);
        if (reply.location() == null) {
            throw new AssertionError("The run did not start: HTTP " + reply.status() + " " + reply.body());
        }
        return Long.parseLong(reply.location().replaceAll("^/runs/(\\d+)/.*$", "$1"));
    }

    /** Posts the new-run form and answers the page it renders (only when the input is refused). */
    public String startPage(String clusterDomain, String customerDomain) throws Exception {
        return transport
                .post(
                        "/runs",
                        Map.of(
                                "target", List.of(TARGET),
                                "clusterDomain", List.of(clusterDomain),
                                "customerDomain", List.of(customerDomain)))
                .body();
    }

    /**
     * One whole run for the customer {@code unique} on {@code target}, each step executed with its form as posted
     * and timed, without reading the pages in between (as the benchmark measures the console).
     */
    public Timings runThrough(String target, String unique) throws Exception {
        long runStarted = System.nanoTime();
        long runId = start(unique + ".example.com", unique + ".com", target);
        Map<Step, Long> nanos = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            long stepStarted = System.nanoTime();
            boolean accepted = executes(runId, step, formsFor(unique).get(step));
            nanos.put(step, System.nanoTime() - stepStarted);
            if (!accepted) {
                return new Timings(nanos, System.nanoTime() - runStarted, false);
            }
        }
        long runNanos = System.nanoTime() - runStarted;
        return new Timings(nanos, runNanos, succeeded(runId));
    }

    /** Posts a step's form with execute; answers whether the console accepted it (it redirects to the step). */
    public boolean executes(long runId, Step step, Map<String, List<String>> form) throws Exception {
        return transport
                        .post(stepPath(runId, step), withAction(form, "execute"))
                        .status()
                == 302;
    }

    public boolean succeeded(long runId) throws Exception {
        return transport.get("/runs/" + runId).body().contains("id=\"run-status\">SUCCEEDED<");
    }

    /** Every step's form with the procedure's defaults for the customer {@code unique}. */
    public static Map<Step, Map<String, List<String>>> formsFor(String unique) {
        String domain = unique + ".example.com";
        Map<Step, Map<String, List<String>>> forms = new EnumMap<>(Step.class);
        forms.put(Step.CREATE_API_CLIENT, clientDefaults("client-" + unique, domain));
        forms.put(Step.CREATE_TOKEN, Map.of());
        forms.put(Step.ADD_ENVIRONMENT, environmentDefaults("cc-" + unique, "bench-password"));
        forms.put(Step.ADD_CONTACT_CENTER, contactCenterDefaults("cc-" + unique, domain));
        forms.put(Step.ADD_DATA_CENTER, dataCenterDefaults("/" + unique, domain));
        forms.put(Step.UPDATE_CORS, Map.of("origins", List.of("https://wwe." + domain)));
        return forms;
    }

    public static Map<String, List<String>> clientDefaults(String clientId) {
        return clientDefaults(clientId, "acme.example.com");
    }

    private static Map<String, List<String>> clientDefaults(String clientId, String domain) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("name", List.of(clientId));
        form.put("clientId", List.of(clientId));
        form.put("clientSecret", List.of(""));
        form.put("clientType", List.of("CONFIDENTIAL"));
        form.put("internalClient", List.of("true"));
        form.put("authorities", List.of("ROLE_INTERNAL_CLIENT"));
        form.put("scope", List.of("*"));
        form.put("grantTypes", List.of("client_credentials", "authorization_code", "refresh_token", "password"));
        form.put("redirectUris", List.of("https://gauth." + domain + "\nhttps://wwe." + domain));
        form.put("accessTokenExpirationTimeout", List.of("43200"));
        form.put("refreshTokenExpirationTimeout", List.of("43200"));
        return form;
    }

    public static Map<String, List<String>> environmentDefaults(String ccId, String password) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("id", List.of(ccId));
        form.put("username", List.of("default"));
        form.put("password", List.of(password));
        form.put("connectionProtocol", List.of("addp"));
        form.put("remoteTimeout", List.of("7"));
        form.put("localTimeout", List.of("5"));
        form.put("appName", List.of("Cloud"));
        form.put("traceMode", List.of("CFGTMBoth"));
        form.put("tlsEnabled", List.of("false"));
        form.put("primaryAddress", List.of("172.24.132.84"));
        form.put("primaryPort", List.of("2020"));
        form.put("configServerReadOnly", List.of("false"));
        form.put("locations", List.of("/USW1"));
        form.put("tenant", List.of("Environment"));
        return form;
    }

    public static Map<String, List<String>> contactCenterDefaults(String ccId) {
        return contactCenterDefaults(ccId, "acme.example.com");
    }

    private static Map<String, List<String>> contactCenterDefaults(String ccId, String domain) {
        return Map.of("domains", List.of(domain), "auth", List.of("configServer"), "id", List.of(ccId));
    }

    public static Map<String, List<String>> dataCenterDefaults(String location) {
        return dataCenterDefaults(location, "acme.example.com");
    }

    private static Map<String, List<String>> dataCenterDefaults(String location, String domain) {
        return Map.of(
                "location", List.of(location),
                "entryPoint", List.of("https://gauth." + domain),
                "readOnly", List.of("false"));
    }

    public static Map<String, List<String>> corsDefaults() {
        return Map.of("origins", List.of("https://wwe.acme.example.com"));
    }

    /** Posts a step's form; answers the page (on a preview or a form error) or the step page after the redirect. */
    public String submit(long runId, Step step, Map<String, List<String>> form, String action) throws Exception {
        String body = followed(transport.post(stepPath(runId, step), withAction(form, action)));
        pages.put(step + " " + action + " " + pages.size(), body);
        return body;
    }

    public String execute(long runId, Step step, Map<String, List<String>> form) throws Exception {
        return submit(runId, step, form, "execute");
    }

    public String skip(long runId, Step step) throws Exception {
        return page(transport.post(stepPath(runId, step) + "/skip", Map.of()).location());
    }

    /** Posts a small form (no action parameter); answers the page rendered or, after a redirect, the page there. */
    public String postForm(String path, Map<String, String> fields) throws Exception {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        fields.forEach((name, value) -> multi.put(name, List.of(value)));
        String body = followed(transport.post(path, multi));
        pages.put(path + " " + pages.size(), body);
        return body;
    }

    public String page(String path) throws Exception {
        String body = transport.get(path).body();
        pages.put(path + " " + pages.size(), body);
        return body;
    }

    /** Every page this driver was served, for searching them all. */
    public Map<String, String> pages() {
        return pages;
    }

    private String followed(Reply reply) throws Exception {
        return reply.location() == null ? reply.body() : page(reply.location());
    }

    private static String stepPath(long runId, Step step) {
        return "/runs/" + runId + "/steps/" + step.slug();
    }

    private static Map<String, List<String>> withAction(Map<String, List<String>> form, String action) {
        Map<String, List<String>> fields = new LinkedHashMap<>(form);
        fields.put("action", List.of(action));
        return fields;
    }
}
