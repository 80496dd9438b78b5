package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.WizardDriver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The wizard asks for what the procedure asks the operator to know, and invents none of it: the CC-id is typed, the
 * customer's domain is its own field, and the data center's read-only flag is the operator's choice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ProcedureInputsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private WizardDriver operator;
    private String unique;

    @BeforeEach
    void signIn() {
        operator = new WizardDriver(mvc, "operator", "OPERATOR");
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theNewRunPageAsksForBothDomainsAndSaysWhichIsWhich() throws Exception {
        String page = operator.page("/runs/new");

        assertThat(page)
                .contains("name=\"clusterDomain\"", "name=\"customerDomain\"")
                .contains("it gives the redirect URIs of step 1", "step 4 gives it to the contact center");
    }

    @Test
    void stepOneDerivesItsRedirectUrisFromTheClusterAndStepFourItsDomainFromTheCustomer() throws Exception {
        long runId = operator.start(
                "cluster-" + unique + ".example.com", "customer-" + unique + ".com", "Built-in simulator");

        String client = operator.page("/runs/" + runId + "/steps/client");
        runToStepFour(runId);
        String contactCenter = operator.page("/runs/" + runId + "/steps/contact-center");

        assertThat(client).contains("https://gauth.cluster-" + unique + ".example.com");
        assertThat(contactCenter)
                .containsPattern("customer-" + unique + "\\.com</textarea>")
                .doesNotContain("cluster-" + unique + ".example.com</textarea>");
        assertThat(jdbc.sql("SELECT customer_domain FROM provisioning_run WHERE id = ?")
                        .param(runId)
                        .query(String.class)
                        .single())
                .isEqualTo("customer-" + unique + ".com");
    }

    @Test
    void stepThreeSuggestsNoCcIdAndRunsOnlyWithOneTyped() throws Exception {
        long runId = operator.start("acme.example.com");
        operator.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("client-" + unique));
        operator.execute(runId, Step.CREATE_TOKEN, Map.of());

        String page = operator.page("/runs/" + runId + "/steps/environment");
        String refused = operator.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults("", "pw"));
        String done =
                operator.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults("cc-" + unique, "pw"));
        String contactCenter = operator.page("/runs/" + runId + "/steps/contact-center");

        assertThat(page).containsPattern("id=\"id\"[^>]*value=\"\"");
        assertThat(refused)
                .contains("id=\"id-error\"", "Enter the CC-id the customer’s Tenant service was deployed with");
        assertThat(done).contains("Done");
        assertThat(attempts(runId, Step.ADD_ENVIRONMENT)).isEqualTo(1);
        assertThat(contactCenter).containsPattern("id=\"id\"[^>]*value=\"cc-" + unique + "\"");
    }

    @Test
    void stepFivePreselectsNoReadOnlyChoiceAndSuggestsTheTargetUrlSayingWhenItLooksInternal() throws Exception {
        long runId = operator.start("acme.example.com");
        runToStepFour(runId);
        operator.execute(runId, Step.ADD_CONTACT_CENTER, WizardDriver.contactCenterDefaults("cc-" + unique));

        String page = operator.page("/runs/" + runId + "/steps/data-center");
        Map<String, List<String>> unchosen = new HashMap<>(WizardDriver.dataCenterDefaults("/usw1"));
        unchosen.remove("readOnly");
        String refused = operator.execute(runId, Step.ADD_DATA_CENTER, unchosen);
        String external =
                operator.submit(runId, Step.ADD_DATA_CENTER, WizardDriver.dataCenterDefaults("/usw1"), "preview");

        assertThat(page)
                .containsPattern("id=\"entryPoint\"[^>]*value=\"http://localhost:" + port + "/gauth-sim\"")
                .contains("other regions probably need GAuth’s external URL here")
                .contains("can be read two ways")
                .doesNotContain("checked");
        assertThat(refused).contains("id=\"readOnly-error\"", "Choose whether this region is read-only");
        assertThat(external)
                .contains("value=\"https://gauth.acme.example.com\"")
                .doesNotContain("external URL here");
        assertThat(attempts(runId, Step.ADD_DATA_CENTER)).isZero();
    }

    private void runToStepFour(long runId) throws Exception {
        operator.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("client-" + unique));
        operator.execute(runId, Step.CREATE_TOKEN, Map.of());
        operator.execute(runId, Step.ADD_ENVIRONMENT, WizardDriver.environmentDefaults("cc-" + unique, "pw"));
    }

    private long attempts(long runId, Step step) {
        return jdbc.sql("SELECT COUNT(*) FROM step_attempt WHERE run_id = ? AND step = ?")
                .params(runId, step.name())
                .query(Long.class)
                .single();
    }
}
