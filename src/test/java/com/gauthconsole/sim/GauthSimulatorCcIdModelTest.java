package com.gauthconsole.sim;

import static com.gauthconsole.testing.GauthSimulatorClient.OPS;
import static com.gauthconsole.testing.GauthSimulatorClient.bearer;
import static com.gauthconsole.testing.GauthSimulatorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.GauthSimulatorClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With {@code console.simulator.ids=cc-id}, the simulator answers the CC-id the request named as the object's ID. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "console.simulator.ids=cc-id")
class GauthSimulatorCcIdModelTest {

    @LocalServerPort
    int port;

    @Test
    void answersTheCcIdInPathAndLooksObjectsUpByIt() {
        GauthSimulatorClient gauth = new GauthSimulatorClient(port);
        gauth.postJson("/control/reset", OPS, "");
        String token = gauth.accessToken("cc-id-client");

        HttpResponse<String> environment = gauth.postJson("/environment/v3/environments", bearer(token), """
                {"data": {"id": "acme-cc", "username": "default", "password": "password", "connectionProtocol": "addp",
                 "appName": "Cloud", "configServers": [{"primaryPort": 2020, "primaryAddress": "172.24.132.84"}]}}""");
        HttpResponse<String> contactCenter = gauth.postJson("/environment/v3/contact-centers", bearer(token), """
                {"data": {"domains": ["acme.com"], "environmentId": "acme-cc", "auth": "configServer", "id": "acme-cc"}}""");
        HttpResponse<String> again = gauth.postJson("/environment/v3/contact-centers", bearer(token), """
                {"data": {"domains": ["acme.com"], "environmentId": "acme-cc", "auth": "configServer", "id": "acme-cc"}}""");

        assertThat(json(environment).get("path").stringValue()).isEqualTo("/environments/acme-cc");
        assertThat(json(contactCenter).get("path").stringValue()).isEqualTo("/contact-centers/acme-cc");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(gauth.get("/environment/v3/environments/acme-cc", bearer(token)))
                        .at("/data/id")
                        .stringValue())
                .isEqualTo("acme-cc");
        assertThat(json(gauth.get("/environment/v3/contact-centers/acme-cc", bearer(token)))
                        .at("/data/environmentId")
                        .stringValue())
                .isEqualTo("acme-cc");
    }
}
