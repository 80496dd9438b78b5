package com.gauthconsole.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.json.JsonMapper;

/** Drives the built-in simulator of a running test application over its control endpoint. */
final class SimulatorControl {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String control;
    private final String opsBasic;

    SimulatorControl(int port, String opsUser, String opsPassword) {
        this.control = "http://localhost:" + port + "/gauth-sim/control";
        this.opsBasic = "Basic "
                + Base64.getEncoder().encodeToString((opsUser + ":" + opsPassword).getBytes(StandardCharsets.UTF_8));
    }

    void inject(String faultJson) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(control + "/faults"))
                        .header("Authorization", opsBasic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(faultJson))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new AssertionError("The simulator refused the fault: " + response.body());
        }
    }

    void clear() throws Exception {
        send(HttpRequest.newBuilder(URI.create(control + "/faults")).DELETE());
    }

    void reset() throws Exception {
        send(HttpRequest.newBuilder(URI.create(control + "/reset")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** How many requests the simulator received for one call, e.g. {@code ADD_DATA_CENTER}, since its last reset. */
    long requests(String call) throws Exception {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(control + "/inventory"))
                        .GET()))
                .path("requests")
                .path(call)
                .asLong(0);
    }

    /** Creates an API client directly in the simulator, as if someone had done it by hand; answers its secret. */
    String createClient(String clientId) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(control.replace("/control", "/auth/v3/ops/clients")))
                        .header("Authorization", opsBasic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"data\": {\"name\": \"" + clientId
                                + "\", \"client_id\": \"" + clientId + "\", \"clientType\": \"CONFIDENTIAL\","
                                + " \"client_secret\": \"\", \"authorizedGrantTypes\": [\"password\"],"
                                + " \"authorities\": [\"ROLE_INTERNAL_CLIENT\"], \"scope\": [\"*\"],"
                                + " \"redirectURIs\": [\"https://gauth.example.com\"]}}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body().replaceAll(".*\"client_secret\":\"([^\"]+)\".*", "$1");
    }

    private String send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", opsBasic).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
