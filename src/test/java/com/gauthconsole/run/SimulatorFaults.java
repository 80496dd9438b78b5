package com.gauthconsole.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Tells the built-in simulator of a running test application to fail a call, over its control endpoint. */
final class SimulatorFaults {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String control;
    private final String opsBasic;

    SimulatorFaults(int port, String opsUser, String opsPassword) {
        this.control = "http://localhost:" + port + "/gauth-sim/control/faults";
        this.opsBasic = "Basic "
                + Base64.getEncoder().encodeToString((opsUser + ":" + opsPassword).getBytes(StandardCharsets.UTF_8));
    }

    void inject(String faultJson) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(control))
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
        http.send(
                HttpRequest.newBuilder(URI.create(control))
                        .header("Authorization", opsBasic)
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
