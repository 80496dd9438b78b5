package com.gauthconsole.sim;

import static com.gauthconsole.testing.GauthSimulatorClient.OPS;
import static com.gauthconsole.testing.GauthSimulatorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.GauthSimulatorClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "console.simulator.faults[0].call=CREATE_CLIENT",
            "console.simulator.faults[0].http-status=500",
            "console.simulator.faults[0].status-code=7",
            "console.simulator.faults[0].message=db down",
            "console.simulator.faults[1].call=READ_CLIENT",
            "console.simulator.faults[1].http-status=200",
            "console.simulator.faults[1].body=MALFORMED",
            "console.simulator.faults[2].call=ADD_DATA_CENTER",
            "console.simulator.faults[2].http-status=502",
            "console.simulator.faults[2].body=EMPTY",
            "console.simulator.faults[3].call=CREATE_TOKEN",
            "console.simulator.faults[3].delay=300ms",
        })
class GauthSimulatorConfiguredFaultsTest {

    @LocalServerPort
    int port;

    @Test
    void appliesFaultsFromConfigurationAtStartUp() {
        var gauth = new GauthSimulatorClient(port);

        HttpResponse<String> client = gauth.postJson("/auth/v3/ops/clients", OPS, """
                {"data": {"name": "c", "clientType": "CONFIDENTIAL", "client_id": "c", "authorizedGrantTypes": ["password"]}}""");
        HttpResponse<String> read = gauth.get("/auth/v3/ops/clients/c", OPS);
        HttpResponse<String> dataCenter = gauth.postJson("/environment/v3/data-centers", OPS, """
                {"data": {"location": "/usw1", "entryPoint": "https://gauth.example.com", "readOnly": true}}""");

        assertThat(client.statusCode()).isEqualTo(500);
        assertThat(json(client).at("/status/code").intValue()).isEqualTo(7);
        assertThat(json(client).at("/status/message").stringValue()).isEqualTo("db down");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).startsWith("{").doesNotEndWith("}");
        assertThat(dataCenter.statusCode()).isEqualTo(502);
        assertThat(dataCenter.body()).isEmpty();
        assertThat(json(gauth.get("/control/faults", OPS)).size()).isEqualTo(4);
    }
}
