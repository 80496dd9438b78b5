package com.gauthconsole.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.gauthconsole.testing.SessionCookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** "Test connection" against the built-in simulator, which checks the ops credentials as GAuth does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ConnectionCheckTest {

    private static final RequestPostProcessor LEAD = user("lead").roles("LEAD");

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void theDeclaredSimulatorAnswersAndAcceptsItsOpsCredentials() throws Exception {
        String page = testConnection("Built-in simulator");

        assertThat(page)
                .containsPattern("id=\"connection-outcome\" role=\"status\"\\s+class=\"alert alert-success\"")
                .contains("connection works.")
                .contains("answered and accepted the ops credentials of ops.");
    }

    @Test
    void aTargetWithTheWrongOpsPasswordIsReportedAsRejected() throws Exception {
        addTarget("Simulator with a wrong password", simulatorUrl(), "not-the-ops-password");

        String page = testConnection("Simulator with a wrong password");

        assertThat(page)
                .containsPattern("id=\"connection-outcome\" role=\"status\"\\s+class=\"alert alert-danger\"")
                .contains("connection failed.")
                .contains("GAuth rejected the ops credentials (HTTP 401)")
                .doesNotContain("not-the-ops-password");
    }

    @Test
    void aTargetAddedWithTheRightPasswordWorks() throws Exception {
        addTarget("Simulator added by a lead", simulatorUrl(), "ops");

        assertThat(testConnection("Simulator added by a lead")).contains("connection works.");
    }

    @Test
    void aTargetNobodyListensOnIsReportedUnreachable() throws Exception {
        addTarget("Nobody listens here", "http://127.0.0.1:9/gauth", "ops");

        assertThat(testConnection("Nobody listens here"))
                .contains("connection failed.")
                .contains("Could not reach GAuth at");
    }

    @Test
    void showsOnlyTheStatusAndContentTypeOfAnAnswerThatIsNotGauths() throws Exception {
        mvc.perform(post("/gauth-sim/control/faults")
                .with(httpBasic("ops", "ops"))
                .contentType("application/json")
                .content("{\"call\": \"READ_CLIENT\", \"httpStatus\": 200, \"body\": \"MALFORMED\","
                        + " \"message\": \"contents-of-some-file\", \"times\": 1}"));

        String page = testConnection("Built-in simulator");

        assertThat(page)
                .contains("connection failed.", "answered HTTP 200 (application/json", "base URL.")
                .doesNotContain("contents-of-some-file");
    }

    @Test
    void refusesABaseUrlWithAQueryThatWouldSwallowTheApiPath() throws Exception {
        addTarget("Query in its URL", simulatorUrl() + "?", "ops");

        String targets = mvc.perform(get("/targets").with(LEAD))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(targets).doesNotContain("Query in its URL");
    }

    @Test
    void testingAConnectionCreatesNothingInGauth() throws Exception {
        String before = objectsHeld();

        testConnection("Built-in simulator");

        assertThat(before).contains("\"clients\"");
        assertThat(objectsHeld()).isEqualTo(before);
    }

    @Test
    void anUnknownTargetNameIsNotFound() throws Exception {
        mvc.perform(post("/targets/test-connection")
                        .param("name", "http://evil.example.com")
                        .with(LEAD)
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isNotFound());
    }

    private void addTarget(String name, String baseUrl, String password) throws Exception {
        mvc.perform(post("/targets")
                .param("name", name)
                .param("baseUrl", baseUrl)
                .param("opsUsername", "ops")
                .param("opsPassword", password)
                .param("connectTimeoutSeconds", "2")
                .param("responseTimeoutSeconds", "5")
                .with(LEAD)
                .with(csrf()));
    }

    private String testConnection(String name) throws Exception {
        var tested = mvc.perform(post("/targets/test-connection")
                        .param("name", name)
                        .with(LEAD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/targets"))
                .andReturn();
        return mvc.perform(get("/targets").with(SessionCookie.of(tested)).with(LEAD))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The simulator's object counts, without the requests it received (the test itself sends one). */
    private String objectsHeld() throws Exception {
        return mvc.perform(get("/gauth-sim/control/inventory").with(httpBasic("ops", "ops")))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll(",\"requests\":\\{[^}]*}", "");
    }

    private String simulatorUrl() {
        return "http://localhost:" + port + "/gauth-sim";
    }
}
