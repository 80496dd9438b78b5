package com.gauthconsole.sim;

import static com.gauthconsole.testing.GauthSimulatorClient.OPS;
import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.GauthSimulatorClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "console.simulator.enabled=false")
class GauthSimulatorDisabledTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void servesNothingUnderGauthSimWhenDisabled() {
        var gauth = new GauthSimulatorClient(port);

        HttpResponse<String> client = gauth.postJson("/auth/v3/ops/clients", OPS, """
                {"data": {"name": "c", "clientType": "CONFIDENTIAL", "client_id": "c", "authorizedGrantTypes": ["password"]}}""");
        HttpResponse<String> control = gauth.get("/control/faults", OPS);

        assertThat(client.statusCode()).isIn(404, 302);
        assertThat(control.statusCode()).isIn(404, 302);
        assertThat(context.getBeanNamesForType(AuthApiController.class)).isEmpty();
        assertThat(context.getBeanNamesForType(TokenStore.class)).isEmpty();
    }
}
