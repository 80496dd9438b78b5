package com.gauthconsole.run;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Clicks through the wizard over MockMvc as a signed-in user would, with the procedure's defaults. */
final class WizardDriver {

    static final String TARGET = "Built-in simulator";

    private final MockMvc mvc;
    private final RequestPostProcessor signedIn;
    private final Map<String, String> pages = new LinkedHashMap<>();

    WizardDriver(MockMvc mvc, String username, String role) {
        this.mvc = mvc;
        this.signedIn = user(username).roles(role);
    }

    /** Starts a run whose customer's domain follows from the cluster's: acme.example.com gives acme.com. */
    long start(String clusterDomain) throws Exception {
        return start(clusterDomain, clusterDomain.replace(".example.com", ".com"), TARGET);
    }

    long start(String clusterDomain, String customerDomain, String target) throws Exception {
        return startFrom(clusterDomain, customerDomain, target, null);
    }

    /** Starts a run from another one ("start a new run from this one"), or a fresh one when {@code from} is null. */
    long startFrom(String clusterDomain, String customerDomain, String target, Long from) throws Exception {
        MockHttpServletRequestBuilder start = post("/runs")
                .param("target", target)
                .param("clusterDomain", clusterDomain)
                .param("customerDomain", customerDomain);
        if (from != null) {
            start.param("from", from.toString());
        }
        MockHttpServletResponse response = perform(start);
        String location = response.getRedirectedUrl();
        if (location == null) {
            throw new AssertionError("The run did not start: " + response.getContentAsString());
        }
        return Long.parseLong(location.replaceAll("^/runs/(\\d+)/.*$", "$1"));
    }

    /** Posts the new-run form and answers the page it renders (only when the input is refused). */
    String startPage(String clusterDomain, String customerDomain) throws Exception {
        return perform(post("/runs")
                        .param("target", TARGET)
                        .param("clusterDomain", clusterDomain)
                        .param("customerDomain", customerDomain))
                .getContentAsString();
    }

    static Map<String, List<String>> clientDefaults(String clientId) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("name", List.of(clientId));
        form.put("clientId", List.of(clientId));
        form.put("clientSecret", List.of(""));
        form.put("clientType", List.of("CONFIDENTIAL"));
        form.put("internalClient", List.of("true"));
        form.put("authorities", List.of("ROLE_INTERNAL_CLIENT"));
        form.put("scope", List.of("*"));
        form.put("grantTypes", List.of("client_credentials", "authorization_code", "refresh_token", "password"));
        form.put("redirectUris", List.of("https://gauth.acme.example.com\nhttps://wwe.acme.example.com"));
        form.put("accessTokenExpirationTimeout", List.of("43200"));
        form.put("refreshTokenExpirationTimeout", List.of("43200"));
        return form;
    }

    static Map<String, List<String>> environmentDefaults(String ccId, String password) {
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

    static Map<String, List<String>> contactCenterDefaults(String ccId) {
        return Map.of("domains", List.of("acme.example.com"), "auth", List.of("configServer"), "id", List.of(ccId));
    }

    static Map<String, List<String>> dataCenterDefaults(String location) {
        return Map.of(
                "location", List.of(location),
                "entryPoint", List.of("https://gauth.acme.example.com"),
                "readOnly", List.of("false"));
    }

    static Map<String, List<String>> corsDefaults() {
        return Map.of("origins", List.of("https://wwe.acme.example.com"));
    }

    /** Posts a step's form; answers the page (on a preview or a form error) or the step page after the redirect. */
    String submit(long runId, Step step, Map<String, List<String>> form, String action) throws Exception {
        MockHttpServletRequestBuilder request =
                post("/runs/" + runId + "/steps/" + step.slug()).param("action", action);
        form.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        MockHttpServletResponse response = perform(request);
        String body =
                response.getRedirectedUrl() == null ? response.getContentAsString() : page(response.getRedirectedUrl());
        pages.put(step + " " + action + " " + pages.size(), body);
        return body;
    }

    String execute(long runId, Step step, Map<String, List<String>> form) throws Exception {
        return submit(runId, step, form, "execute");
    }

    String skip(long runId, Step step) throws Exception {
        MockHttpServletResponse response = perform(post("/runs/" + runId + "/steps/" + step.slug() + "/skip"));
        return page(response.getRedirectedUrl());
    }

    /** Posts a small form (no action parameter); answers the page rendered or, after a redirect, the page there. */
    String postForm(String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
        fields.forEach(request::param);
        MockHttpServletResponse response = perform(request);
        String body =
                response.getRedirectedUrl() == null ? response.getContentAsString() : page(response.getRedirectedUrl());
        pages.put(path + " " + pages.size(), body);
        return body;
    }

    String page(String path) throws Exception {
        String body = perform(get(path)).getContentAsString();
        pages.put(path + " " + pages.size(), body);
        return body;
    }

    /** Every page this driver was served, for searching them all. */
    Map<String, String> pages() {
        return pages;
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(signedIn).with(csrf())).andReturn().getResponse();
    }
}
