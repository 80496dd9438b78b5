package com.gauthconsole.security;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Ending someone's sessions by name, alone: which names it refuses before anything ends, and in whose name it acts. */
@WebMvcTest(SessionsAdministrationController.class)
class SessionsAdministrationControllerSliceTest {

    private static final TestingAuthenticationToken ADMIN = new TestingAuthenticationToken("admin", null, "ROLE_ADMIN");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SignedInSessions sessions;

    @Test
    void aBlankNameIsRefusedOnTheUsersPageAndNoSessionEnds() throws Exception {
        mvc.perform(post("/admin/sessions/end").param("username", "   ").principal(ADMIN))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("sessionsProblem", "Enter the user name whose sessions should end."))
                .andExpect(flash().attribute("sessionsUsername", ""));

        verifyNoInteractions(sessions);
    }

    @Test
    void anOverlongNameIsRefusedAndNotShownBack() throws Exception {
        mvc.perform(post("/admin/sessions/end")
                        .param("username", "x".repeat(201))
                        .principal(ADMIN))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("sessionsProblem", "Enter the user name whose sessions should end."))
                .andExpect(flash().attribute("sessionsUsername", ""));

        verifyNoInteractions(sessions);
    }

    @Test
    void theSessionsOfTheNameAsTypedWithoutSpacesEndInTheAdministratorsName() throws Exception {
        mvc.perform(post("/admin/sessions/end")
                        .param("username", "  bob@acme.example ")
                        .principal(ADMIN))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute(
                                "notice",
                                "Every session of bob@acme.example has ended: their next request goes to the login"
                                        + " page."));

        verify(sessions).endAllOf("bob@acme.example", "admin");
    }
}
