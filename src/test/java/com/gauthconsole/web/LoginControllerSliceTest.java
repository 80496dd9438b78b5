package com.gauthconsole.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.gauthconsole.security.SignInOptions;
import com.gauthconsole.security.SignInProperties;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The login page's controller alone: how long a lock lasts, and which ways in it offers. */
@WebMvcTest(LoginController.class)
class LoginControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SignInProperties signIn;

    @MockitoBean
    SignInOptions options;

    @Test
    void aLockedSignInSaysHowManyMinutesTheConfiguredWindowLasts() throws Exception {
        when(signIn.failureWindow()).thenReturn(Duration.ofMinutes(30));
        when(options.providers()).thenReturn(List.of());
        when(options.localAccountsOpen()).thenReturn(true);

        String page = login("/login?locked");

        assertThat(page)
                .contains("id=\"login-locked\"", "<span>30</span> minutes")
                .contains("name=\"password\"")
                .doesNotContain("With your company account");
    }

    @Test
    void withLocalAccountsClosedOnlyTheCompanysProvidersAreOffered() throws Exception {
        when(signIn.failureWindow()).thenReturn(Duration.ofMinutes(15));
        when(options.providers()).thenReturn(List.of(new SignInOptions.Provider("corp", "Acme Corp")));
        when(options.localAccountsOpen()).thenReturn(false);

        String page = login("/login");

        assertThat(page)
                .contains("id=\"sign-in-corp\"", "href=\"/oauth2/authorization/corp\"", "Sign in with Acme Corp")
                .doesNotContain("name=\"password\"", "With a console account");
    }

    private String login(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
    }
}
