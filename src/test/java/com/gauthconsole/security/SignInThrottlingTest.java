package com.gauthconsole.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.gauthconsole.testing.MutableClock;
import com.gauthconsole.testing.MutableClockConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Each test uses its own user name: the throttle's counters are shared by the whole application context. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class SignInThrottlingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Test
    void locksAUserNameAfterFiveFailuresAndRefusesEvenTheRightPasswordUntilTheLockEnds() throws Exception {
        failSignIns("lead", 5);

        mvc.perform(formLogin().user("lead").password("lead"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        mvc.perform(formLogin().user("lead").password("lead")).andExpect(unauthenticated());

        clock.advance(Duration.ofSeconds(1));
        mvc.perform(formLogin().user("lead").password("lead")).andExpect(authenticated());
    }

    @Test
    void tellsALockedOutUserOnTheLoginPageHowLongToWait() throws Exception {
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(containsString("Too many failed sign-ins for this user name")))
                .andExpect(content().string(containsString("<span>15</span> minutes")));
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() throws Exception {
        failSignIns("auditor", 4);
        mvc.perform(formLogin().user("auditor").password("auditor")).andExpect(authenticated());

        failSignIns("auditor", 4);
        mvc.perform(formLogin().user("auditor").password("auditor")).andExpect(authenticated());
    }

    @Test
    void forgetsFailuresOlderThanFifteenMinutes() throws Exception {
        failSignIns("operator", 4);
        clock.advance(Duration.ofMinutes(15));

        failSignIns("operator", 1);
        mvc.perform(formLogin().user("operator").password("operator")).andExpect(authenticated());
    }

    @Test
    void locksUnknownUserNamesJustLikeRealOnesSoTheLockRevealsNoName() throws Exception {
        failSignIns("nobody-by-this-name", 5);

        mvc.perform(formLogin().user("nobody-by-this-name").password("anything"))
                .andExpect(redirectedUrl("/login?locked"));
    }

    private void failSignIns(String username, int times) throws Exception {
        for (int attempt = 1; attempt <= times; attempt++) {
            mvc.perform(formLogin().user(username).password("wrong-" + attempt))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
    }
}
