package com.gauthconsole.testing;

import com.gauthconsole.run.Step;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One full provisioning run through the wizard's form posts, timing each step's execute request. */
public final class WizardRun {

    public enum Step {
        CLIENT("client"),
        TOKEN("token"),
        ENVIRONMENT("environment"),
        CONTACT_CENTER("contact-center"),
        DATA_CENTER("data-center"),
        CORS("cors");

        public final String slug;

        Step(String slug) {
            this.slug = slug;
        }
    }

    /** Nanoseconds per step, and the whole run's wall time; succeeded is false if any step did not. */
    public record Timings(Map<Step, Long> stepNanos, long runNanos, boolean succeeded) {}

    private WizardRun() {}

    public static Timings execute(ConsoleSession console, String target, String unique)
            throws IOException, InterruptedException {
        long runStarted = System.nanoTime();
        String run = start(console, target, unique);
        Map<Step, Long> nanos = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            long stepStarted = System.nanoTime();
            boolean accepted = executeStep(console, run, step, unique);
            nanos.put(step, System.nanoTime() - stepStarted);
            if (!accepted) {
                return new Timings(nanos, System.nanoTime() - runStarted, false);
            }
        }
        long runNanos = System.nanoTime() - runStarted;
        return new Timings(nanos, runNanos, succeeded(console, run));
    }

    /** Starts a run for the customer {@code unique}; answers its path, e.g. {@code /runs/42}. */
    public static String start(ConsoleSession console, String target, String unique)
            throws IOException, InterruptedException {
        HttpResponse<String> started = console.post(
                "/runs",
                Map.of(
                        "target", List.of(target),
                        "clusterDomain", List.of(unique + ".example.com"),
                        "customerDomain", List.of(unique + ".com")));
        String location = started.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("The run did not start: HTTP " + started.statusCode()));
        String path = URI.create(location).getPath();
        return path.substring(0, path.indexOf("/steps/"));
    }

    /** Posts the step's form with execute; answers whether the console accepted it (it redirects to the step). */
    public static boolean executeStep(ConsoleSession console, String run, Step step, String unique)
            throws IOException, InterruptedException {
        return console.post(run + "/steps/" + step.slug + "?action=execute", form(step, unique))
                        .statusCode()
                == 302;
    }

    public static boolean succeeded(ConsoleSession console, String run) throws IOException, InterruptedException {
        return console.get(run).body().contains("id=\"run-status\">SUCCEEDED<");
    }

    private static Map<String, List<String>> form(Step step, String unique) {
        String domain = unique + ".example.com";
        return switch (step) {
            case CLIENT ->
                Map.ofEntries(
                        Map.entry("name", List.of("client-" + unique)),
                        Map.entry("clientId", List.of("client-" + unique)),
                        Map.entry("clientSecret", List.of("")),
                        Map.entry("clientType", List.of("CONFIDENTIAL")),
                        Map.entry("internalClient", List.of("true")),
                        Map.entry("authorities", List.of("ROLE_INTERNAL_CLIENT")),
                        Map.entry("scope", List.of("*")),
                        Map.entry(
                                "grantTypes",
                                List.of("client_credentials", "authorization_code", "refresh_token", "password")),
                        Map.entry("redirectUris", List.of("https://gauth." + domain + "\nhttps://wwe." + domain)),
                        Map.entry("accessTokenExpirationTimeout", List.of("43200")),
                        Map.entry("refreshTokenExpirationTimeout", List.of("43200")));
            case TOKEN -> Map.of();
            case ENVIRONMENT ->
                Map.ofEntries(
                        Map.entry("id", List.of("cc-" + unique)),
                        Map.entry("username", List.of("default")),
                        Map.entry("password", List.of("bench-password")),
                        Map.entry("connectionProtocol", List.of("addp")),
                        Map.entry("remoteTimeout", List.of("7")),
                        Map.entry("localTimeout", List.of("5")),
                        Map.entry("appName", List.of("Cloud")),
                        Map.entry("traceMode", List.of("CFGTMBoth")),
                        Map.entry("tlsEnabled", List.of("false")),
                        Map.entry("primaryAddress", List.of("172.24.132.84")),
                        Map.entry("primaryPort", List.of("2020")),
                        Map.entry("configServerReadOnly", List.of("false")),
                        Map.entry("locations", List.of("/USW1")),
                        Map.entry("tenant", List.of("Environment")));
            case CONTACT_CENTER ->
                Map.of("domains", List.of(domain), "auth", List.of("configServer"), "id", List.of("cc-" + unique));
            case DATA_CENTER ->
                Map.of(
                        "location", List.of("/" + unique),
                        "entryPoint", List.of("https://gauth." + domain),
                        "readOnly", List.of("false"));
            case CORS -> Map.of("origins", List.of("https://wwe." + domain));
        };
    }
}
