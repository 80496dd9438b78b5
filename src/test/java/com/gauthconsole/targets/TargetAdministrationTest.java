package com.gauthconsole.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.gauthconsole.secret.Secret;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class TargetAdministrationTest {

    private static final AtomicInteger names = new AtomicInteger();
    private static final String OPS_PASSWORD = "canary-ops-password-7f3a";
    private static final RequestPostProcessor LEAD = user("lead").roles("LEAD");

    @Autowired
    MockMvc mvc;

    @Autowired
    TargetCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLeadAddsATargetThatTheWizardThenOffersAndCalls() throws Exception {
        String name = uniqueName();

        mvc.perform(addTarget(name, "https://gauth.acme.example.com", "admin", OPS_PASSWORD))
                .andExpect(redirectedUrl("/targets"))
                .andExpect(flash().attribute("notice", "Target " + name + " was added."));

        assertThat(catalog.names()).startsWith("Built-in simulator").contains(name);
        GauthTarget target = catalog.find(name).orElseThrow();
        assertThat(target.baseUrl()).isEqualTo("https://gauth.acme.example.com");
        assertThat(target.opsCredentials().username()).isEqualTo("admin");
        assertThat(target.opsCredentials().password()).isEqualTo(Secret.of(OPS_PASSWORD));
        assertThat(target.endpoint().connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        mvc.perform(get("/runs/new").with(user("operator").roles("OPERATOR")))
                .andExpect(content().string(containsString("<option value=\"" + name + "\">")));
    }

    @Test
    void keepsTheOpsPasswordOnlySealedAndNeverShowsItAgain() throws Exception {
        String name = uniqueName();
        mvc.perform(addTarget(name, "https://gauth.sealed.example.com", "admin", OPS_PASSWORD));
        long id = idOf(name);

        String sealedPassword =
                jdbc.queryForObject("select ops_password_sealed from gauth_target where id = ?", String.class, id);
        assertThat(sealedPassword).isNotBlank().doesNotContain(OPS_PASSWORD);
        assertThat(jdbc.queryForList("select * from gauth_target").toString()).doesNotContain(OPS_PASSWORD);
        mvc.perform(get("/targets").with(LEAD))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(not(containsString(OPS_PASSWORD))));
        mvc.perform(get("/targets/{id}", id).with(LEAD))
                .andExpect(content().string(containsString("Leave empty to keep the stored password.")))
                .andExpect(content().string(not(containsString(OPS_PASSWORD))))
                .andExpect(content().string(not(containsString(sealedPassword))));
    }

    @Test
    void aSealedPasswordCopiedOntoAnotherTargetDoesNotOpenThere() throws Exception {
        String first = uniqueName();
        String second = uniqueName();
        mvc.perform(addTarget(first, "https://one.example.com", "admin", OPS_PASSWORD));
        mvc.perform(addTarget(second, "https://two.example.com", "admin", "another-password"));

        jdbc.update(
                "update gauth_target set ops_password_sealed = (select ops_password_sealed from gauth_target"
                        + " where name = ?) where name = ?",
                first,
                second);

        assertThatThrownBy(() -> catalog.find(second))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(OPS_PASSWORD);
    }

    @Test
    void anEmptyPasswordOnEditKeepsTheStoredOneAndOtherChangesAreSaved() throws Exception {
        String name = uniqueName();
        mvc.perform(addTarget(name, "https://old.example.com", "admin", OPS_PASSWORD));
        long id = idOf(name);
        String renamed = name + " renamed";

        mvc.perform(post("/targets/{id}", id)
                        .param("name", renamed)
                        .param("baseUrl", "https://old.example.com")
                        .param("opsUsername", "ops2")
                        .param("opsPassword", "")
                        .param("connectTimeoutSeconds", "")
                        .param("responseTimeoutSeconds", "45")
                        .with(LEAD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/targets"));

        assertThat(catalog.find(name)).isEmpty();
        GauthTarget target = catalog.find(renamed).orElseThrow();
        assertThat(target.baseUrl()).isEqualTo("https://old.example.com");
        assertThat(target.opsCredentials().username()).isEqualTo("ops2");
        assertThat(target.opsCredentials().password()).isEqualTo(Secret.of(OPS_PASSWORD));
        assertThat(target.endpoint().connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(target.endpoint().responseTimeout()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void aNewPasswordOnEditReplacesTheStoredOne() throws Exception {
        String name = uniqueName();
        mvc.perform(addTarget(name, "https://gauth.example.com", "admin", OPS_PASSWORD));

        mvc.perform(post("/targets/{id}", idOf(name))
                .param("name", name)
                .param("baseUrl", "https://gauth.example.com")
                .param("opsUsername", "admin")
                .param("opsPassword", "the-new-password")
                .with(LEAD)
                .with(csrf()));

        assertThat(catalog.find(name).orElseThrow().opsCredentials().password())
                .isEqualTo(Secret.of("the-new-password"));
    }

    @Test
    void aNewTargetNeedsAnOpsPassword() throws Exception {
        String name = uniqueName();

        mvc.perform(addTarget(name, "https://gauth.example.com", "admin", ""))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "<div id=\"opsPassword-error\" class=\"invalid-feedback\">Enter the ops password.</div>")));

        assertThat(catalog.find(name)).isEmpty();
    }

    @Test
    void refusesTheNameOfATargetDeclaredInApplicationYml() throws Exception {
        mvc.perform(addTarget("Built-in simulator", "https://elsewhere.example.com", "admin", OPS_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is declared in application.yml; choose another name.")));

        assertThat(catalog.find("Built-in simulator").orElseThrow().baseUrl()).doesNotContain("elsewhere");
        assertThat(jdbc.queryForObject(
                        "select count(*) from gauth_target where name = 'Built-in simulator'", Integer.class))
                .isZero();
    }

    @Test
    void refusesASecondTargetOfTheSameName() throws Exception {
        String name = uniqueName();
        mvc.perform(addTarget(name, "https://first.example.com", "admin", OPS_PASSWORD));

        mvc.perform(addTarget(name, "https://second.example.com", "admin", OPS_PASSWORD))
                .andExpect(content().string(containsString("There is already a target named")));

        assertThat(catalog.find(name).orElseThrow().baseUrl()).isEqualTo("https://first.example.com");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://gauth.example.com",
                "https://admin:secret@gauth.example.com",
                "https://gauth.example.com/#fragment",
                "https://gauth.example.com/base?",
                "https://gauth.example.com/?next=/x",
                "javascript:alert(1)",
                "gauth.example.com",
                "file:///etc/passwd"
            })
    void refusesABaseUrlThatIsNotAPlainHttpAddress(String baseUrl) throws Exception {
        String name = uniqueName();

        mvc.perform(addTarget(name, baseUrl, "admin", OPS_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "<div id=\"baseUrl-error\" class=\"invalid-feedback\">Enter a full"
                                                        + " http:// or https:// address, without user name, password, ?query or #fragment</div>")));

        assertThat(catalog.find(name)).isEmpty();
    }

    @Test
    void refusesTimeoutsOutsideTheirRange() throws Exception {
        mvc.perform(addTarget(uniqueName(), "https://gauth.example.com", "admin", OPS_PASSWORD, "0", "601"))
                .andExpect(content().string(containsString("Enter 1 to 300 seconds, or leave empty.")))
                .andExpect(content().string(containsString("Enter 1 to 600 seconds, or leave empty.")));
    }

    @Test
    void showsDeclaredTargetsReadOnlyWithoutTheirPassword() throws Exception {
        String page = mvc.perform(get("/targets").with(LEAD))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .containsPattern("<span>Built-in simulator</span>")
                .contains("application.yml (read-only)")
                .doesNotContain("href=\"/targets/null\"");
    }

    @Test
    void removingATargetTakesItOutOfTheWizard() throws Exception {
        String name = uniqueName();
        mvc.perform(addTarget(name, "https://gauth.example.com", "admin", OPS_PASSWORD));

        mvc.perform(post("/targets/{id}/delete", idOf(name)).with(LEAD).with(csrf()))
                .andExpect(redirectedUrl("/targets"))
                .andExpect(flash().attribute("notice", "Target " + name + " was removed."));

        assertThat(catalog.names()).doesNotContain(name);
        assertThat(catalog.find(name)).isEmpty();
    }

    @Test
    void refusesBadDefaultsAtTheirFieldAndKeepsWhatWasTyped() throws Exception {
        String name = uniqueName();
        String page = mvc.perform(addTarget(name, "https://gauth.example.com", "admin", OPS_PASSWORD)
                        .param("defaultConfigServerPort", "70000")
                        .param("defaultConfigServerLocation", "USW1")
                        .param("defaultEntryPoint", "gauth-eu")
                        .param("defaultCorsOrigins", "https://wwe.{tenant}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains(
                        "<div id=\"defaultConfigServerPort-error\" class=\"invalid-feedback\">Enter a port from 1 to"
                                + " 65535, or leave empty.</div>",
                        "<div id=\"defaultConfigServerLocation-error\" class=\"invalid-feedback\">Use a path such as",
                        "<div id=\"defaultEntryPoint-error\" class=\"invalid-feedback\">Enter a full http://",
                        "<div id=\"defaultCorsOrigins-error\" class=\"invalid-feedback\">Enter one http://",
                        "value=\"70000\"",
                        "value=\"USW1\"",
                        "value=\"gauth-eu\"",
                        "https://wwe.{tenant}</textarea>");
        assertThat(catalog.find(name)).isEmpty();
    }

    @Test
    void changingATargetsDefaultsIsATargetChangedEventNamingThem() throws Exception {
        String name = uniqueName();
        mvc.perform(addTarget(name, "https://gauth.example.com", "admin", OPS_PASSWORD));

        mvc.perform(post("/targets/{id}", idOf(name))
                        .param("name", name)
                        .param("baseUrl", "https://gauth.example.com")
                        .param("opsUsername", "admin")
                        .param("opsPassword", "")
                        .param("connectTimeoutSeconds", "3")
                        .param("defaultConfigServerPort", "8443")
                        .param("defaultCorsOrigins", "https://wwe.{cluster}")
                        .with(LEAD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/targets"));

        assertThat(jdbc.queryForObject(
                        "select details from audit_event where kind = 'TARGET_CHANGED' and subject = ?",
                        String.class,
                        "target " + name))
                .contains("\"fields\":\"defaultConfigServerPort, defaultCorsOrigins\"");
        assertThat(catalog.defaults(name))
                .isEqualTo(new TargetDefaults(8443, null, null, null, "https://wwe.{cluster}"));
    }

    @Test
    void anUnknownTargetIdIsTheConsolesNotFound() throws Exception {
        mvc.perform(get("/targets/{id}", Long.MAX_VALUE).with(LEAD)).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder addTarget(String name, String baseUrl, String opsUsername, String password) {
        return addTarget(name, baseUrl, opsUsername, password, "3", "");
    }

    private MockHttpServletRequestBuilder addTarget(
            String name,
            String baseUrl,
            String opsUsername,
            String password,
            String connectTimeoutSeconds,
            String responseTimeoutSeconds) {
        return post("/targets")
                .param("name", name)
                .param("baseUrl", baseUrl)
                .param("opsUsername", opsUsername)
                .param("opsPassword", password)
                .param("connectTimeoutSeconds", connectTimeoutSeconds)
                .param("responseTimeoutSeconds", responseTimeoutSeconds)
                .with(LEAD)
                .with(csrf());
    }

    private long idOf(String name) {
        return jdbc.queryForObject("select id from gauth_target where name = ?", Long.class, name);
    }

    private static String uniqueName() {
        return "Target " + names.incrementAndGet() + "-" + System.nanoTime();
    }
}
