package com.gauthconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.gauthconsole.testing.GauthSimulatorClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document and Swagger UI: for people signed in with a role, describing the bearer scheme and the API's
 * calls only, with example bodies that are the steps' own defaults, the procedure's values; Swagger UI under a
 * Content-Security-Policy that allows no inline script.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {

    private static final String EXECUTE = "/api/v1/runs/{runId}/steps/{slug}/execute";

    @Autowired
    MockMvc mvc;

    @Test
    void describesTheBearerTokensAndTheCallsWithTheProceduresValuesAsExamples() throws Exception {
        MockHttpServletResponse answer = mvc.perform(
                        get("/v3/api-docs").with(user("operator").roles("OPERATOR")))
                .andReturn()
                .getResponse();

        assertThat(answer.getStatus()).isEqualTo(200);
        JsonNode document = GauthSimulatorClient.JSON.readTree(answer.getContentAsString());
        assertThat(document.at("/components/securitySchemes/apiToken/scheme").asString())
                .isEqualTo("bearer");
        assertThat(document.path("paths").propertyNames())
                .contains("/api/v1/runs", EXECUTE, "/api/v1/history", "/api/v1/targets")
                .allMatch(path -> path.startsWith("/api/v1/"));
        JsonNode examples =
                document.path("paths").path(EXECUTE).at("/post/requestBody/content/application~1json/examples");
        assertThat(examples.at("/client/value/clientId").asString()).isEqualTo("external_api_client");
        assertThat(examples.at("/client/value/redirectUris").asString()).contains("https://gauth.acme.example.com");
        assertThat(examples.at("/client/value/accessTokenExpirationTimeout").asInt())
                .isEqualTo(43200);
        assertThat(examples.at("/environment/value/primaryAddress").asString()).isEqualTo("172.24.132.84");
        assertThat(examples.at("/environment/value/primaryPort").asInt()).isEqualTo(2020);
        assertThat(examples.at("/environment/value/appName").asString()).isEqualTo("Cloud");
        assertThat(examples.at("/contact-center/value/id").asString()).isEqualTo("acme-cc");
        assertThat(examples.at("/contact-center/value/auth").asString()).isEqualTo("configServer");
        assertThat(examples.at("/cors/value/origins").asString()).isEqualTo("https://wwe.acme.example.com");
    }

    @Test
    void swaggerUiIsForPeopleSignedInWithARoleAndRunsWithoutInlineScripts() throws Exception {
        assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");

        MockHttpServletResponse page = mvc.perform(
                        get("/swagger-ui/index.html").with(user("auditor").roles("AUDITOR")))
                .andReturn()
                .getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader("Content-Security-Policy"))
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.getContentAsString()).doesNotContainPattern("<script>[^<]");
    }
}
