package com.gauthconsole.sim;

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

/** Real HTTP calls to the simulator of a running test application, the way curl sends them in the procedure. */
final class SimulatorHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String OPS = basic("ops", "ops");

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;

    SimulatorHttp(int port) {
        this.baseUrl = "http://localhost:" + port + "/gauth-sim";
    }

    String baseUrl() {
        return baseUrl;
    }

    static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String accessToken) {
        return "Bearer " + accessToken;
    }

    HttpResponse<String> postJson(String path, String authorization, String json) {
        return send(request(path, authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<String> postForm(String path, String authorization, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    HttpResponse<String> get(String path, String authorization) {
        return send(request(path, authorization).GET().build());
    }

    HttpResponse<String> delete(String path, String authorization) {
        return send(request(path, authorization).DELETE().build());
    }

    /** Sends and gives up after {@code timeout}, as a client with a short response timeout would. */
    HttpResponse<String> postJsonWithTimeout(String path, String authorization, String json, Duration timeout)
            throws IOException, InterruptedException {
        return client.send(
                request(path, authorization)
                        .timeout(timeout)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** An ops-authenticated client created with the given id and a known secret. */
    void createClient(String clientId, String secret) {
        postJson("/auth/v3/ops/clients", OPS, """
                {"data": {"name": "%s", "clientType": "CONFIDENTIAL", "client_id": "%s", "client_secret": "%s",
                 "authorizedGrantTypes": ["password"]}}""".formatted(clientId, clientId, secret));
    }

    /** A fresh access token for a newly created client. */
    String accessToken(String clientId) {
        createClient(clientId, "s3cret");
        HttpResponse<String> token = postForm(
                "/auth/v3/oauth/token",
                basic(clientId, "s3cret"),
                Map.of("username", "ops", "password", "ops", "grant_type", "password"));
        return json(token).get("access_token").stringValue();
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
