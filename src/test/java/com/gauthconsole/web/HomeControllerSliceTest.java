package com.gauthconsole.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;

import com.gauthconsole.run.RunQueries;
import com.gauthconsole.run.RunStatus;
import com.gauthconsole.run.RunSummary;
import com.gauthconsole.security.Role;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The home page's controller alone: the roles it lists are those the role hierarchy gives, and only someone who may
 * run the wizard has runs looked up for them.
 */
@WebMvcTest(HomeController.class)
class HomeControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RoleHierarchy roleHierarchy;

    @MockitoBean
    RunQueries runs;

    @Test
    void aLeadSeesTheRolesTheHierarchyGivesThemAndTheRunsThatConcernThem() throws Exception {
        when(roleHierarchy.getReachableGrantedAuthorities(argThat(granted -> granted.size() == 1
                        && granted.iterator().next().getAuthority().equals("ROLE_LEAD"))))
                .thenAnswer(invocation -> AuthorityUtils.createAuthorityList("ROLE_LEAD", "ROLE_OPERATOR"));
        RunSummary failed = new RunSummary(
                12,
                "Production EU",
                "acme.example.com",
                "lead",
                Instant.parse("2026-12-07T09:00:00Z"),
                Instant.parse("2026-12-07T09:05:00Z"),
                RunStatus.FAILED,
                null,
                false);
        when(runs.needingAttention()).thenReturn(List.of(failed));
        when(runs.startedBy("lead")).thenReturn(List.of(failed));
        when(runs.recent()).thenReturn(List.of());

        String page = mvc.perform(get("/").principal(new TestingAuthenticationToken("lead", null, "ROLE_LEAD")))
                .andExpect(model().attribute("roles", List.of(Role.OPERATOR, Role.LEAD)))
                .andExpect(model().attribute("needingAttention", List.of(failed)))
                .andExpect(model().attribute("myRuns", List.of(failed)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Welcome, lead", Role.OPERATOR.capability(), Role.LEAD.capability())
                .doesNotContain(Role.ADMIN.capability(), "has no role yet");
        verify(runs).startedBy("lead");
    }

    @Test
    void anAuditorHasNoRunsLookedUp() throws Exception {
        when(roleHierarchy.getReachableGrantedAuthorities(any()))
                .thenAnswer(invocation -> AuthorityUtils.createAuthorityList("ROLE_AUDITOR"));

        mvc.perform(get("/").principal(new TestingAuthenticationToken("auditor", null, "ROLE_AUDITOR")))
                .andExpect(model().attribute("roles", List.of(Role.AUDITOR)))
                .andExpect(model().attributeDoesNotExist("needingAttention", "myRuns", "recentRuns"));

        verifyNoInteractions(runs);
    }

    @Test
    void someoneWithoutARoleIsToldToAskAnAdministrator() throws Exception {
        when(roleHierarchy.getReachableGrantedAuthorities(any())).thenAnswer(invocation -> List.of());

        String page = mvc.perform(get("/").principal(new TestingAuthenticationToken("newcomer", null)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Your account has no role yet: ask an administrator.");
        verifyNoInteractions(runs);
    }
}
