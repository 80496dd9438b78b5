package com.gauthconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.gauthconsole.testing.SessionCookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheLoginFormToAnybody() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"password\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @CsvSource({
        "operator, OPERATOR, Run the provisioning wizard",
        "auditor, AUDITOR, 'Read, filter and export'",
        "lead, LEAD, Re-run failed or interrupted steps",
        "admin, ADMIN, Manage users and their roles"
    })
    void signsInEachDemoUserAndShowsWhatTheyMayDo(String user, String role, String capability) throws Exception {
        MvcResult login = mvc.perform(formLogin().user(user).password(user))
                .andExpect(authenticated().withRoles(role))
                .andExpect(redirectedUrl("/"))
                .andReturn();

        String home = mvc.perform(get("/").with(SessionCookie.of(login)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(home).contains("Welcome, " + user).contains(capability);
    }

    @Test
    void aLeadMayAlsoDoWhatAnOperatorDoesButNotWhatAnAuditorDoes() throws Exception {
        MvcResult login = mvc.perform(formLogin().user("lead").password("lead")).andReturn();

        String home = mvc.perform(get("/").with(SessionCookie.of(login)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(home).contains("OPERATOR", "LEAD").doesNotContain("AUDITOR", "ADMIN");
    }

    @Test
    void refusesAWrongPassword() throws Exception {
        mvc.perform(formLogin().user("operator").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void refusesASignInWithoutCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "operator").param("password", "operator"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void changesTheSessionIdOnSignInAndEndsTheSessionOnSignOut() throws Exception {
        MvcResult anonymous =
                mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
        RequestPostProcessor anonymousSession = SessionCookie.of(anonymous);

        MvcResult login = mvc.perform(post("/login")
                        .param("username", "operator")
                        .param("password", "operator")
                        .with(csrf())
                        .with(anonymousSession))
                .andExpect(authenticated())
                .andReturn();
        RequestPostProcessor signedIn = SessionCookie.of(login);
        assertThat(login.getResponse().getCookie("SESSION").getValue())
                .isNotEqualTo(anonymous.getResponse().getCookie("SESSION").getValue());
        mvc.perform(get("/").with(signedIn)).andExpect(status().isOk());
        mvc.perform(get("/").with(anonymousSession)).andExpect(redirectedUrl("/login"));

        mvc.perform(post("/logout").with(csrf()).with(signedIn)).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").with(signedIn)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void sendsAContentSecurityPolicyWithoutInlineScripts() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }
}
