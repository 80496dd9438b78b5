package com.gauthconsole.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With management on a port of its own, a scraper reads metrics there and the main port serves none. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class MetricsOnManagementPortTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void servesMetricsWithoutSignInOnTheManagementPortOnly() throws Exception {
        HttpResponse<String> onManagementPort = get(managementPort, "/actuator/prometheus");
        HttpResponse<String> onMainPort = get(port, "/actuator/prometheus");
        HttpResponse<String> probeOnMainPort = get(port, "/livez");

        assertThat(onManagementPort.statusCode()).isEqualTo(200);
        assertThat(onManagementPort.body()).contains("jvm_memory_used_bytes");
        assertThat(onMainPort.statusCode()).isNotEqualTo(200);
        assertThat(onMainPort.body()).doesNotContain("jvm_memory_used_bytes");
        assertThat(probeOnMainPort.statusCode()).isEqualTo(200);
        assertThat(get(port, "/admin/users").statusCode()).isEqualTo(302);
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
