package com.gauthconsole.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one client the tests have for the built-in GAuth simulator of a running console, over real HTTP: its GAuth API
 * the way the procedure's curl commands call it, and its control endpoint (reset, faults, request counts) with the
 * ops credentials, as an operations engineer uses it.
 */
public final class GauthSimulatorClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String OPS = basic("ops", "ops");

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;

    /** The simulator of the console listening on this local port. */
    public GauthSimulatorClient(int port) {
        this("http://localhost:" + port);
    }

    /** The simulator of the console at this address (scheme, host and port). */
    public GauthSimulatorClient(String consoleUrl) {
        this.baseUrl = consoleUrl + "/gauth-sim";
    }

    public String baseUrl() {
        return baseUrl;
    }

    public static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String bearer(String accessToken) {
        return "Bearer " + accessToken;
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public HttpResponse<String> postJson(String path, String authorization, String json) {
        return send(request(path, authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public HttpResponse<String> postForm(String path, String authorization, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    public HttpResponse<String> get(String path, String authorization) {
        return send(request(path, authorization).GET().build());
    }

    public HttpResponse<String> delete(String path, String authorization) {
        return send(request(path, authorization).DELETE().build());
    }

    /** Sends and gives up after {@code timeout}, as a client with a short response timeout would. */
    public HttpResponse<String> postJsonWithTimeout(String path, String authorization, String json, Duration timeout)
            throws IOException, InterruptedException {
        return client.send(
                request(path, authorization)
                        .timeout(timeout)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An ops-authenticated client created with the given id and a known secret, as if someone had done it by hand. */
    public void createClient(String clientId, String secret) {
        postJson("/auth/v3/ops/clients", OPS, """
                {"data": {"name": "%s", "clientType": "CONFIDENTIAL", "client_id": "%s", "client_secret": "%s",
                 "authorizedGrantTypes": ["password"], "authorities": ["ROLE_INTERNAL_CLIENT"], "scope": ["*"],
                 "redirectURIs": ["https://gauth.example.com"]}}""".formatted(clientId, clientId, secret));
    }

    /** A fresh access token for a newly created client. */
    public String accessToken(String clientId) {
        createClient(clientId, "s3cret");
        HttpResponse<String> token = postForm(
                "/auth/v3/oauth/token",
                basic(clientId, "s3cret"),
                Map.of("username", "ops", "password", "ops", "grant_type", "password"));
        return json(token).get("access_token").stringValue();
    }

    /** Forgets every client, environment, contact center, data center, fault and request count. */
    public void reset() {
        control(request("/control/reset", OPS).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Faults to inject, as the control endpoint takes them: {@code {"call", "httpStatus", "message", "times", ...}}. */
    public void inject(String faultJson) {
        control(request("/control/faults", OPS)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(faultJson)));
    }

    /** The next call of this kind answers with this HTTP status and message. */
    public void failNext(String call, int httpStatus, String message) {
        inject("{\"call\": \"%s\", \"httpStatus\": %d, \"message\": \"%s\", \"times\": 1}"
                .formatted(call, httpStatus, message));
    }

    public void clearFaults() {
        control(request("/control/faults", OPS).DELETE());
    }

    /** How many requests the simulator received for one call, e.g. {@code ADD_DATA_CENTER}, since its last reset. */
    public long requests(String call) {
        return json(get("/control/inventory", OPS)).path("requests").path(call).asLong(0);
    }

    private void control(HttpRequest.Builder request) {
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() >= 300) {
            throw new AssertionError("The simulator refused " + response.uri() + ": " + response.body());
        }
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach the simulator at " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
