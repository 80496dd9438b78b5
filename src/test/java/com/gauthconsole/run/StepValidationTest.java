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
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Bad input gets a message next to its field, keeps everything else the user typed, and changes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class StepValidationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private WizardDriver wizard;
    private String unique;

    @BeforeEach
    void signIn() {
        wizard = new WizardDriver(mvc, "operator", "OPERATOR");
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void refusesEmptyOrMalformedDomainsWithAFieldMessage() throws Exception {
        String empty = wizard.startPage("", "");
        String malformed = wizard.startPage("not a domain!", "acme.com");

        assertThat(empty)
                .contains("id=\"clusterDomain-error\"", "Enter the customer’s cluster domain")
                .contains("id=\"customerDomain-error\"", "Enter the customer’s domain");
        assertThat(malformed)
                .contains("Enter a host name such as acme.example.com", "value=\"not a domain!\"")
                .contains("value=\"acme.com\"");
    }

    @Test
    void showsEachBadClientFieldNextToItAndKeepsTheRest() throws Exception {
        long runId = wizard.start("acme.example.com");
        Map<String, List<String>> form = new HashMap<>(WizardDriver.clientDefaults("client-" + unique));
        form.put("name", List.of(""));
        form.put("clientId", List.of("x".repeat(101)));
        form.put("clientSecret", List.of("typed-secret-" + unique));
        form.put("redirectUris", List.of("https://gauth.acme.example.com\nftp://files.acme.example.com"));
        form.put("scope", List.of("kept-scope"));

        String page = wizard.execute(runId, Step.CREATE_API_CLIENT, form);

        assertThat(page)
                .contains("id=\"name-error\"", "id=\"clientId-error\"", "size must be between 0 and 100")
                .contains("id=\"redirectUris-error\"", "Enter a full http:// or https:// address")
                .contains("value=\"kept-scope\"", "ftp://files.acme.example.com")
                .doesNotContain("typed-secret-" + unique);
        assertThat(page).containsPattern("aria-describedby=\"name-help name-error\"");
        assertThat(attemptCount(runId)).isZero();
    }

    @Test
    void keepsANumberThatIsNotANumberAndSaysWhatIsWrong() throws Exception {
        long runId = wizard.start("acme.example.com");
        Map<String, List<String>> form = new HashMap<>(WizardDriver.clientDefaults("client-" + unique));
        form.put("accessTokenExpirationTimeout", List.of("ten"));

        String page = wizard.execute(runId, Step.CREATE_API_CLIENT, form);

        assertThat(page)
                .contains("id=\"accessTokenExpirationTimeout-error\"", "Enter a whole number", "value=\"ten\"")
                .doesNotContain("NumberFormatException", "java.lang")
                .contains("value=\"client-" + unique + "\"");
        assertThat(attemptCount(runId)).isZero();
    }

    @Test
    void showsBadPortLocationAndMissingPasswordOfTheEnvironmentStep() throws Exception {
        long runId = wizard.start("acme.example.com");
        wizard.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("client-" + unique));
        wizard.execute(runId, Step.CREATE_TOKEN, Map.of());
        Map<String, List<String>> form = new HashMap<>(WizardDriver.environmentDefaults("cc-" + unique, ""));
        form.put("primaryPort", List.of("70000"));
        form.put("locations", List.of("USW1"));
        form.put("primaryAddress", List.of("config.acme.example.com"));

        String page = wizard.execute(runId, Step.ADD_ENVIRONMENT, form);

        assertThat(page)
                .contains("id=\"primaryPort-error\"", "Enter a port from 1 to 65535", "value=\"70000\"")
                .contains("id=\"locations-error\"", "Use a path such as /USW1")
                .contains("value=\"config.acme.example.com\"", "value=\"cc-" + unique + "\"");
        assertThat(attemptCount(runId)).isEqualTo(2);

        form.put("primaryPort", List.of("2020"));
        form.put("locations", List.of("/USW1"));
        assertThat(wizard.execute(runId, Step.ADD_ENVIRONMENT, form))
                .contains("id=\"password-error\"", "Enter the Configuration Server password");
        assertThat(attemptCount(runId)).isEqualTo(2);
    }

    @Test
    void refusesAnEntryPointWithCredentialsOrAFragment() throws Exception {
        long runId = wizard.start("acme.example.com");
        Map<String, List<String>> form = new HashMap<>(WizardDriver.dataCenterDefaults("/usw1"));
        form.put("entryPoint", List.of("https://user:pw@gauth.acme.example.com/#x"));

        String page = wizard.submit(runId, Step.ADD_DATA_CENTER, form, "preview");

        assertThat(page).contains("Finish step 1");
        assertThat(attemptCount(runId)).isZero();
    }

    @Test
    void keepsATypedPasswordForTheRunWithoutShowingItAfterAPreview() throws Exception {
        long runId = wizard.start("acme.example.com");
        wizard.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("client-" + unique));
        wizard.execute(runId, Step.CREATE_TOKEN, Map.of());
        Map<String, List<String>> form = WizardDriver.environmentDefaults("cc-" + unique, "cfg-typed-" + unique);

        String preview = wizard.submit(runId, Step.ADD_ENVIRONMENT, form, "preview");
        Map<String, List<String>> withoutPassword = new HashMap<>(form);
        withoutPassword.put("password", List.of(""));
        String executed = wizard.execute(runId, Step.ADD_ENVIRONMENT, withoutPassword);

        assertThat(preview)
                .contains("A value is kept (encrypted) for this run", "&quot;password&quot; : &quot;[REDACTED]&quot;")
                .doesNotContain("cfg-typed-" + unique);
        assertThat(executed).contains("Done", "environment_id").doesNotContain("cfg-typed-" + unique);
    }

    private long attemptCount(long runId) {
        return jdbc.sql("SELECT COUNT(*) FROM step_attempt WHERE run_id = ?")
                .param(runId)
                .query(Long.class)
                .single();
    }
}
