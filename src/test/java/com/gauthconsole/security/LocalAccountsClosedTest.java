package com.gauthconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import idp.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** With a company provider, an installation may close the console's own accounts: the form goes, and is refused. */
@SpringBootTest(properties = "console.company-sign-in.local-accounts=false")
@AutoConfigureMockMvc
class LocalAccountsClosedTest {

    private static final TestIdentityProvider.Running provider = TestIdentityProvider.shared();

    @DynamicPropertySource
    static void companyProvider(DynamicPropertyRegistry registry) {
        provider.consoleProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theLoginPageOffersOnlyTheProviderAndAPostedFormIsRefusedEvenWithTheRightPassword() throws Exception {
        String login = mvc.perform(MockMvcRequestBuilders.get("/login"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(login).contains("Sign in with Test Company").doesNotContain("name=\"password\"");

        mvc.perform(formLogin().user("admin").password("admin"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?local-closed"));
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/login?local-closed"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("own accounts are closed: sign in through your company");
    }
}
