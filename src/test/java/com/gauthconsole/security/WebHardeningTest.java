package com.gauthconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class WebHardeningTest {

    private static final Path TEMPLATES = Path.of("frontend-templates/templates");

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/", "/targets", "/runs/new", "/admin/users"})
    void everyPageCarriesTheSecurityHeaders(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get(path).with(user("admin").roles("ADMIN")))
                .andReturn()
                .getResponse();

        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy)
                .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void aSignedInFormPostWithoutCsrfTokenIsRefusedAndTheLogoutToo() throws Exception {
        mvc.perform(post("/targets")
                        .param("name", "No token")
                        .param("baseUrl", "https://gauth.example.com")
                        .param("opsUsername", "ops")
                        .param("opsPassword", "ops")
                        .with(user("lead").roles("LEAD")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user("lead").roles("LEAD"))).andExpect(status().isForbidden());
        mvc.perform(get("/targets").with(user("lead").roles("LEAD")))
                .andExpect(status().isOk())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).doesNotContain("No token"));
    }

    /** The policy forbids inline scripts and styles; a template relying on them would break, or tempt a relaxing. */
    @Test
    void noTemplateUsesInlineScriptsHandlersOrStyles() throws IOException {
        Pattern inline = Pattern.compile(
                "<script(?![^>]*\\ssrc=)[^>]*>|\\son[a-z]+\\s*=|\\sstyle\\s*=|<style|javascript:",
                Pattern.CASE_INSENSITIVE);
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(file -> file.toString().endsWith(".html")).toList();
        }

        assertThat(templates).isNotEmpty();
        for (Path template : templates) {
            assertThat(inline.matcher(Files.readString(template)).find())
                    .as("%s uses an inline script, handler or style", template)
                    .isFalse();
        }
    }
}
