package com.gauthconsole.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Logs on request as JSON lines (ECS), with the GAuth exchanges in them and still no secret. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.structured.format.console=ecs", "logging.level.com.gauthconsole=DEBUG"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

    private static final String PLANTED = "structured-log-canary-4e1a";

    @Autowired
    MockMvc mvc;

    @Test
    void writesEachLogLineAsJsonWithoutThePlantedSecret(CapturedOutput output) throws Exception {
        String location = mvc.perform(post("/runs")
                        .param("target", "Built-in simulator")
                        .param("clusterDomain", "logs.example.com")
                        .param("customerDomain", "logs.com")
                        .with(user("operator").roles("OPERATOR"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(location)
                .param("action", "execute")
                .param("name", "logs-client")
                .param("clientId", "logs-client")
                .param("clientSecret", PLANTED)
                .param("clientType", "CONFIDENTIAL")
                .param("internalClient", "true")
                .param("authorities", "ROLE_INTERNAL_CLIENT")
                .param("scope", "*")
                .param("grantTypes", "password")
                .param("redirectUris", "https://gauth.logs.example.com")
                .param("accessTokenExpirationTimeout", "43200")
                .param("refreshTokenExpirationTimeout", "43200")
                .with(user("operator").roles("OPERATOR"))
                .with(csrf()));

        List<String> exchangeLines = output.getOut()
                .lines()
                .filter(line -> line.contains("CREATE_API_CLIENT"))
                .toList();
        assertThat(exchangeLines).isNotEmpty();
        JsonMapper json = JsonMapper.builder().build();
        exchangeLines.forEach(line ->
                assertThat(json.readTree(line).path("message").asString()).isNotBlank());
        assertThat(output.getAll()).doesNotContain(PLANTED);
    }
}
