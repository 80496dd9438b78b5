package com.gauthconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Everybody's own sessions page alone: it lists the sessions of whoever asks, and ends only theirs. */
@WebMvcTest(YourSessionsController.class)
class YourSessionsControllerSliceTest {

    private static final TestingAuthenticationToken ALICE =
            new TestingAuthenticationToken("alice", null, "ROLE_OPERATOR");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SignedInSessions sessions;

    @Test
    void theSessionsOfWhoeverAsksAreListedWithThisOneMarkedAndTheOthersEndable() throws Exception {
        when(sessions.of("alice", "this-session"))
                .thenReturn(List.of(
                        new SignedInSessions.OpenSession(
                                "aaaa1111",
                                "192.0.2.10",
                                "Firefox on Linux",
                                Instant.parse("2026-12-07T10:00:00Z"),
                                Instant.parse("2026-12-07T10:30:00Z"),
                                true),
                        new SignedInSessions.OpenSession(
                                "bbbb2222",
                                "198.51.100.7",
                                "Safari on macOS",
                                Instant.parse("2026-12-06T08:00:00Z"),
                                Instant.parse("2026-12-06T09:00:00Z"),
                                false)));

        String page = mvc.perform(get("/account/sessions")
                        .session(new MockHttpSession(null, "this-session"))
                        .principal(ALICE))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("id=\"session-aaaa1111\"", "192.0.2.10", "Firefox on Linux", "this session")
                .contains("id=\"session-bbbb2222\"", "Safari on macOS", "action=\"/account/sessions/bbbb2222/end\"")
                .doesNotContain("/account/sessions/aaaa1111/end", "this-session");
    }

    @Test
    void anEndedSessionIsOneOfTheirOwnAndSaysWhatFollows() throws Exception {
        when(sessions.endOwn("alice", "bbbb2222")).thenReturn(true);

        mvc.perform(post("/account/sessions/bbbb2222/end").principal(ALICE))
                .andExpect(redirectedUrl("/account/sessions"))
                .andExpect(flash().attribute("notice", "The session was ended: whoever used it must sign in again."));

        verify(sessions).endOwn("alice", "bbbb2222");
    }

    @Test
    void aHandleThatNamesNoOpenSessionOfTheirsSaysItHadEndedAlready() throws Exception {
        when(sessions.endOwn("alice", "cccc3333")).thenReturn(false);

        mvc.perform(post("/account/sessions/cccc3333/end").principal(ALICE))
                .andExpect(redirectedUrl("/account/sessions"))
                .andExpect(flash().attribute("problem", "That session had ended already."))
                .andExpect(flash().attributeCount(1));
    }
}
