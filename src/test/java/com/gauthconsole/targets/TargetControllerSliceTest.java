package com.gauthconsole.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.gauthconsole.secret.Secret;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The targets pages alone: what the form refuses before anything is stored, and that the ops password never shows. */
@WebMvcTest(TargetController.class)
class TargetControllerSliceTest {

    private static final TestingAuthenticationToken LEAD = new TestingAuthenticationToken("lead", null, "ROLE_LEAD");

    private static final String OPS_PASSWORD = "typed-ops-password-7f3a";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TargetAdministration targets;

    @MockitoBean
    ConnectionCheck connectionCheck;

    @Test
    void aTargetThatCannotBeReadIsRefusedAtItsFieldsKeepingWhatWasTypedButThePasswordAndNothingIsStored()
            throws Exception {
        String page = page(post("/targets")
                .param("name", "Production EU")
                .param("baseUrl", "ftp://gauth.example.com")
                .param("opsUsername", "ops:admin")
                .param("opsPassword", OPS_PASSWORD)
                .param("connectTimeoutSeconds", "0"));

        assertThat(page)
                .contains(
                        "id=\"baseUrl-error\" class=\"invalid-feedback\">Enter a full http:// or https:// address,"
                                + " without user name, password, ?query or #fragment",
                        "id=\"opsUsername-error\" class=\"invalid-feedback\">HTTP Basic allows no colon or control"
                                + " character here.",
                        "id=\"connectTimeoutSeconds-error\" class=\"invalid-feedback\">Enter 1 to 300 seconds, or"
                                + " leave empty.",
                        "value=\"Production EU\"",
                        "value=\"ftp://gauth.example.com\"")
                .doesNotContain(OPS_PASSWORD);
        verifyNoInteractions(targets);
    }

    @Test
    void aNewTargetIsHandedOnAsTypedInTheLeadsNameAndTheListSaysItWasAdded() throws Exception {
        mvc.perform(post("/targets")
                        .param("name", "Production EU ")
                        .param("baseUrl", "https://gauth.example.com")
                        .param("opsUsername", "ops")
                        .param("opsPassword", OPS_PASSWORD)
                        .param("connectTimeoutSeconds", "10")
                        .param("defaultCorsOrigins", "https://wwe.{cluster}")
                        .principal(LEAD))
                .andExpect(redirectedUrl("/targets"))
                .andExpect(flash().attribute("notice", "Target Production EU was added."));

        ArgumentCaptor<TargetForm> created = ArgumentCaptor.forClass(TargetForm.class);
        verify(targets).create(created.capture(), eq("lead"));
        assertThat(created.getValue().baseUrl()).isEqualTo("https://gauth.example.com");
        assertThat(created.getValue().opsPassword()).isEqualTo(Secret.of(OPS_PASSWORD));
        assertThat(created.getValue().connectTimeoutSeconds()).isEqualTo(10);
        assertThat(created.getValue().responseTimeoutSeconds()).isNull();
        assertThat(created.getValue().defaults().corsOrigins()).isEqualTo("https://wwe.{cluster}");
    }

    @Test
    void aNameTakenByADeclaredTargetIsSaidAtTheNameFieldAndThePasswordIsNotShownBack() throws Exception {
        doThrow(new TargetChangeRefused.NameTaken("Production EU", true))
                .when(targets)
                .create(any(), eq("lead"));

        String page = page(post("/targets")
                .param("name", "Production EU")
                .param("baseUrl", "https://gauth.example.com")
                .param("opsUsername", "ops")
                .param("opsPassword", OPS_PASSWORD));

        assertThat(page)
                .contains("id=\"name-error\" class=\"invalid-feedback\">“Production EU” is declared in"
                        + " application.yml; choose another name.")
                .doesNotContain(OPS_PASSWORD);
    }

    @Test
    void aChangedUrlWithoutThePasswordIsSaidAtThePasswordFieldOfTheSameTarget() throws Exception {
        doThrow(TargetChangeRefused.PasswordMissing.forNewUrl()).when(targets).update(eq(5L), any(), eq("lead"));

        String page = page(post("/targets/5")
                .param("name", "Production EU")
                .param("baseUrl", "https://gauth-new.example.com")
                .param("opsUsername", "ops")
                .param("opsPassword", ""));

        assertThat(page)
                .contains(
                        "id=\"opsPassword-error\" class=\"invalid-feedback\">The base URL changed: enter the ops"
                                + " password again for the new URL.",
                        "action=\"/targets/5\"",
                        "Save target");
    }

    @Test
    void aTargetThatDoesNotExistIsNotFound() throws Exception {
        when(targets.edit(404L)).thenThrow(new UnknownTarget("with id 404"));

        mvc.perform(get("/targets/404").principal(LEAD)).andExpect(status().isNotFound());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.principal(LEAD)).andReturn().getResponse().getContentAsString();
    }
}
