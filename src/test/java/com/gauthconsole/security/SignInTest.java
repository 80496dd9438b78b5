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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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

        String home = mvc.perform(
                        get("/").session((MockHttpSession) login.getRequest().getSession()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(home).contains("Welcome, " + user).contains(capability);
    }

    @Test
    void aLeadMayAlsoDoWhatAnOperatorDoesButNotWhatAnAuditorDoes() throws Exception {
        MvcResult login = mvc.perform(formLogin().user("lead").password("lead")).andReturn();

        String home = mvc.perform(
                        get("/").session((MockHttpSession) login.getRequest().getSession()))
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
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/login").session(session)).andExpect(status().isOk());
        String anonymousId = session.getId();

        mvc.perform(post("/login")
                        .param("username", "operator")
                        .param("password", "operator")
                        .with(csrf())
                        .session(session))
                .andExpect(authenticated());
        assertThat(session.getId()).isNotEqualTo(anonymousId);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));
        assertThat(session.isInvalid()).isTrue();
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
