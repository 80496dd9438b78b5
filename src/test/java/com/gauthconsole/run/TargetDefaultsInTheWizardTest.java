package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.gauthconsole.testing.WizardDriver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** What a lead sets on a target is what the wizard offers there, below what the operator typed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class TargetDefaultsInTheWizardTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void theWizardOffersTheTargetsDefaultsFilledInWithTheRunsDomainsAndKeepsWhatTheOperatorTyped() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String target = "Defaults " + unique;
        mvc.perform(post("/targets")
                        .param("name", target)
                        .param("baseUrl", "http://localhost:" + port + "/gauth-sim")
                        .param("opsUsername", "ops")
                        .param("opsPassword", "ops")
                        .param("defaultConfigServerPort", "8443")
                        .param("defaultConfigServerLocation", "/EUW2")
                        .param("defaultDataCenterLocation", "/euw2")
                        .param("defaultEntryPoint", "https://gauth-eu.example.com")
                        .param("defaultCorsOrigins", "https://wwe.{cluster}\nhttps://portal.{customer}")
                        .with(user("lead").roles("LEAD"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/targets"));
        WizardDriver wizard = new WizardDriver(mvc, "operator", "OPERATOR");
        long run = wizard.start(unique + ".example.com", unique + ".com", target);
        wizard.execute(run, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("client-" + unique));
        wizard.execute(run, Step.CREATE_TOKEN, Map.of());

        assertThat(stepPage(wizard, run, Step.ADD_ENVIRONMENT)).contains("value=\"8443\"", "value=\"/EUW2\"");
        Map<String, List<String>> environment =
                new HashMap<>(WizardDriver.environmentDefaults("cc-" + unique, "cfg-secret-" + unique));
        environment.put("primaryPort", List.of("2121"));
        wizard.execute(run, Step.ADD_ENVIRONMENT, environment);
        assertThat(stepPage(wizard, run, Step.ADD_ENVIRONMENT)).contains("&quot;primaryPort&quot; : 2121");
        wizard.execute(run, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults("cc-" + unique));
        assertThat(stepPage(wizard, run, Step.ADD_DATA_CENTER))
                .contains("value=\"/euw2\"", "value=\"https://gauth-eu.example.com\"");
        wizard.execute(run, Step.ADD_DATA_CENTER, WizardDriver.dataCenterDefaults("/euw2"));
        assertThat(stepPage(wizard, run, Step.UPDATE_CORS))
                .contains("https://wwe." + unique + ".example.com\nhttps://portal." + unique + ".com</textarea>");
    }

    private static String stepPage(WizardDriver wizard, long run, Step step) throws Exception {
        return wizard.page("/runs/" + run + "/steps/" + step.slug());
    }
}
