package com.gauthconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.gauthconsole.testing.MutableClock;
import com.gauthconsole.testing.MutableClockConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Each test signs in from its own client address and with its own user names: the counters live in the database
 * shared by the whole application context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({MutableClockConfiguration.class, SignInThrottlingTest.CountingEncoder.class})
class SignInThrottlingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    CountingEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void locksAUserNameAfterFiveFailuresAndRefusesEvenTheRightPasswordUntilTheLockEnds() throws Exception {
        failSignIns("lead", 5, from("10.1.0.1"));

        mvc.perform(signIn("lead", "lead", from("10.1.0.2")))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        mvc.perform(signIn("lead", "lead", from("10.1.0.3"))).andExpect(unauthenticated());

        clock.advance(Duration.ofSeconds(1));
        mvc.perform(signIn("lead", "lead", from("10.1.0.4"))).andExpect(authenticated());
    }

    /** Requests sent at once must not all pass a check made before any of them was counted. */
    @Test
    void checksNoMorePasswordsThanTheLimitWhenGuessesArriveAllAtOnce() throws Exception {
        int before = encoder.calls.get();
        java.util.concurrent.ExecutorService guessers = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            List<java.util.concurrent.Callable<Integer>> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String guess = "guess-" + i;
                String address = "10.9.0." + i;
                guesses.add(() -> mvc.perform(signIn("admin", guess, from(address)))
                        .andReturn()
                        .getResponse()
                        .getStatus());
            }
            for (java.util.concurrent.Future<Integer> guess : guessers.invokeAll(guesses)) {
                assertThat(guess.get()).isEqualTo(302);
            }
        } finally {
            guessers.shutdown();
        }

        assertThat(encoder.calls.get() - before).as("passwords checked").isEqualTo(5);
    }

    @Test
    void locksAClientAddressThatTriesOnePasswordAcrossManyNames() throws Exception {
        RequestPostProcessor sprayer = from("10.2.0.1");
        for (int name = 1; name <= 20; name++) {
            mvc.perform(signIn("sprayed-" + name, "Spring2025!", sprayer)).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(signIn("admin", "admin", sprayer))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(signIn("admin", "admin", from("10.2.0.2"))).andExpect(authenticated());
    }

    @Test
    void keepsTheCountsInTheDatabaseUnderAHashOfTheNameAndAddress() throws Exception {
        failSignIns("counted-in-the-database", 2, from("10.3.0.1"));

        assertThat(jdbc.sql("SELECT hits FROM rate_limit WHERE purpose = 'sign-in-user'")
                        .query(Integer.class)
                        .list())
                .contains(2);
        assertThat(jdbc.sql("SELECT subject FROM rate_limit")
                        .query(String.class)
                        .list())
                .allMatch(subject -> subject.matches("[0-9a-f]{64}"));
    }

    @Test
    void refusesAUserNameOverOneHundredCharactersWithoutHashingThePassword() throws Exception {
        int before = encoder.calls.get();

        mvc.perform(signIn("x".repeat(101), "anything", from("10.4.0.1")))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        assertThat(encoder.calls.get()).isEqualTo(before);
    }

    @Test
    void hashesThePasswordOfUnknownAndDisabledUsersLikeAnyOther() throws Exception {
        jdbc.sql("INSERT INTO console_user (username, password_hash, enabled, created_at, updated_at)"
                        + " VALUES ('disabled-user', :hash, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .param(
                        "hash",
                        PasswordEncoderFactories.createDelegatingPasswordEncoder()
                                .encode("right-password"))
                .update();

        assertThat(encoderCallsOf("operator", "wrong")).isEqualTo(1);
        assertThat(encoderCallsOf("no-such-user", "wrong")).isEqualTo(1);
        assertThat(encoderCallsOf("disabled-user", "wrong")).isEqualTo(1);
        assertThat(encoderCallsOf("disabled-user", "right-password")).isEqualTo(1);
    }

    @Test
    void tellsALockedOutUserOnTheLoginPageHowLongToWait() throws Exception {
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(containsString("Too many failed sign-ins for this user name")))
                .andExpect(content().string(containsString("<span>15</span> minutes")));
    }

    @Test
    void aSuccessfulSignInStartsTheCountOfTheNameAgain() throws Exception {
        failSignIns("auditor", 4, from("10.5.0.1"));
        mvc.perform(signIn("auditor", "auditor", from("10.5.0.1"))).andExpect(authenticated());

        failSignIns("auditor", 4, from("10.5.0.1"));
        mvc.perform(signIn("auditor", "auditor", from("10.5.0.1"))).andExpect(authenticated());
    }

    @Test
    void forgetsFailuresOlderThanFifteenMinutes() throws Exception {
        failSignIns("operator", 4, from("10.6.0.1"));
        clock.advance(Duration.ofMinutes(15));

        failSignIns("operator", 1, from("10.6.0.1"));
        mvc.perform(signIn("operator", "operator", from("10.6.0.1"))).andExpect(authenticated());
    }

    @Test
    void locksUnknownUserNamesJustLikeRealOnesSoTheLockRevealsNoName() throws Exception {
        failSignIns("nobody-by-this-name", 5, from("10.7.0.1"));

        mvc.perform(signIn("nobody-by-this-name", "anything", from("10.7.0.2")))
                .andExpect(redirectedUrl("/login?locked"));
    }

    private int encoderCallsOf(String username, String password) throws Exception {
        int before = encoder.calls.get();
        mvc.perform(signIn(username, password, from("10.8.0.1"))).andExpect(unauthenticated());
        return encoder.calls.get() - before;
    }

    private void failSignIns(String username, int times, RequestPostProcessor client) throws Exception {
        for (int attempt = 1; attempt <= times; attempt++) {
            mvc.perform(signIn(username, "wrong-" + attempt, client))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, RequestPostProcessor client) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(client);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The application's password encoder, counting how often a password is checked. */
    @TestConfiguration
    static class CountingEncoder implements PasswordEncoder {

        final AtomicInteger calls = new AtomicInteger();
        private final PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();

        @Bean
        @Primary
        PasswordEncoder countingPasswordEncoder() {
            return this;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            calls.incrementAndGet();
            return delegate.matches(rawPassword, encodedPassword);
        }
    }
}
