package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.gauthconsole.testing.GauthSimulatorClient;
import com.gauthconsole.testing.SessionCookie;
import com.gauthconsole.testing.WizardDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With loopback denied, the built-in simulator (on localhost) is out of bounds: every kind of call refuses it after
 * resolving its host, and nothing reaches it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "console.gauth.denied-networks=127.0.0.0/8,::1/128")
@AutoConfigureMockMvc
class DeniedNetworkCallsTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void refusesAWizardCallToADeniedAddressAndSendsNothing() throws Exception {
        WizardDriver operator = new WizardDriver(mvc, "operator", "OPERATOR");
        long runId = operator.start("acme.example.com");

        String page = operator.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("denied-client"));

        assertThat(page).contains("is in a network the console may not call", "Nothing was sent");
        assertThat(new GauthSimulatorClient(port).requests("CREATE_CLIENT")).isZero();
    }

    @Test
    void refusesToTestTheConnectionOfATargetAtADeniedAddress() throws Exception {
        var tested = mvc.perform(post("/targets/test-connection")
                        .param("name", WizardDriver.TARGET)
                        .with(user("lead").roles("LEAD"))
                        .with(csrf()))
                .andReturn();

        String page = mvc.perform(get("/targets")
                        .with(SessionCookie.of(tested))
                        .with(user("lead").roles("LEAD")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("connection failed.", "is in a network the console may not call");
    }

    @Test
    void reportsATargetAtADeniedAddressAsUnreachableInTheHealthCheck() throws Exception {
        String health = mvc.perform(
                        get("/actuator/health/gauth").with(user("lead").roles("LEAD")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(health).contains("\"" + WizardDriver.TARGET + "\":false");
    }
}
