package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.gauthconsole.testing.WizardDriver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An operator provisions through the simulator; an auditor then finds the run by its CCID, reads every attempt
 * redacted with the returned IDs, sees that two runs used the same client secret, and verifies the chain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AuditedWizardJourneyTest {

    private static final Pattern CLIENT_SECRET_FINGERPRINT =
            Pattern.compile("client_secret&quot; : &quot;\\[REDACTED hmac:([0-9a-f]{12})]");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void auditorFindsTheRunByCcidAndReadsItsRedactedRecordWithoutTheSecrets() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String clientSecret = "planted-client-secret-" + unique;
        String configPassword = "planted-cfg-password-" + unique;
        WizardDriver operator = new WizardDriver(mvc, "operator", "OPERATOR");
        long runId = provision(operator, "client-" + unique, clientSecret, configPassword, "cc-" + unique);
        long again = provision(operator, "again-" + unique, clientSecret, configPassword, "cc2-" + unique);
        String ccid = jdbc.sql("SELECT contact_center_id FROM provisioning_run WHERE id = ?")
                .param(runId)
                .query(String.class)
                .single();

        String list = asAuditor(get("/history").param("id", ccid.substring(0, 13)));
        String detail = asAuditor(get("/history/runs/" + runId));
        String other = asAuditor(get("/history/runs/" + again));
        String verified = asAuditor(post("/history/verify").with(csrf()));

        assertThat(list)
                .contains(ccid, "/history/runs/" + runId + "\"")
                .doesNotContain("/history/runs/" + again + "\"");
        assertThat(detail)
                .contains("CREATE_API_CLIENT, attempt 1: SUCCEEDED", "ADD_CONTACT_CENTER, attempt 1: SUCCEEDED")
                .contains("POST http://localhost:", "/gauth-sim/environment/v3/contact-centers")
                .contains("Authorization: Basic ops:[REDACTED hmac:", "Returned contact_center_id", ccid)
                .contains("Returned client_id", "client-" + unique, "Secrets in this run")
                .doesNotContain(clientSecret, configPassword, "ops:ops");
        assertThat(fingerprint(detail)).isEqualTo(fingerprint(other));
        long events =
                jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
        assertThat(verified).contains("Intact, " + events + " events.");
    }

    private long provision(WizardDriver operator, String clientId, String secret, String password, String ccId)
            throws Exception {
        long runId = operator.start("acme.example.com");
        Map<String, List<String>> client = new HashMap<>(WizardDriver.clientDefaults(clientId));
        client.put("clientSecret", List.of(secret));
        operator.execute(runId, Step.CREATE_API_CLIENT, client);
        operator.execute(runId, Step.CREATE_TOKEN, Map.of());
        operator.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults(ccId, password));
        assertThat(operator.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults(ccId)))
                .contains("Done");
        return runId;
    }

    private String asAuditor(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("auditor").roles("AUDITOR")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String fingerprint(String page) {
        Matcher matcher = CLIENT_SECRET_FINGERPRINT.matcher(page);
        assertThat(matcher.find()).as("a client_secret fingerprint on the page").isTrue();
        return matcher.group(1);
    }
}
