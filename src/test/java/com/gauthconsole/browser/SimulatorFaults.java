package com.gauthconsole.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The built-in GAuth simulator's control endpoint, with the ops credentials, as an operations engineer uses it. */
final class SimulatorFaults {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String control;
    private final String opsBasic =
            "Basic " + Base64.getEncoder().encodeToString("ops:ops".getBytes(StandardCharsets.UTF_8));

    SimulatorFaults(String baseUrl) {
        this.control = baseUrl + "/gauth-sim/control";
    }

    /** Forgets every client, environment, contact center, data center and fault, so a journey starts afresh. */
    void reset() throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(control + "/reset")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The next call of this kind answers with this HTTP status and message. */
    void failNext(String call, int httpStatus, String message) throws IOException, InterruptedException {
        String fault = "{\"call\": \"%s\", \"httpStatus\": %d, \"message\": \"%s\", \"times\": 1}"
                .formatted(call, httpStatus, message);
        send(HttpRequest.newBuilder(URI.create(control + "/faults"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(fault)));
    }

    private void send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(request.header("Authorization", opsBasic).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new AssertionError("The simulator refused " + request.build().uri() + ": " + response.body());
        }
    }
}
