package com.gauthconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.gauthconsole.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Somebody signed in through the company's provider under the name of a local account owns none of that account's
 * tokens: they neither see nor revoke them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokensOfCompanySignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCompanySignInWithALocalAccountsNameNeitherSeesNorRevokesItsTokens() throws Exception {
        String username = "shared-" + System.nanoTime();
        jdbc.update(
                "INSERT INTO console_user (username, password_hash, enabled, password_change_required, created_at,"
                        + " updated_at) VALUES (?, 'x', TRUE, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                username);
        jdbc.update(
                "INSERT INTO user_role (user_id, role) SELECT id, 'OPERATOR' FROM console_user WHERE username = ?",
                username);
        ApiTokenForm form = new ApiTokenForm("local script", 30, List.of(Role.OPERATOR));
        long tokenId = tokens.create(username, form, new BeanPropertyBindingResult(form, "form"))
                .orElseThrow()
                .token()
                .id();
        var company = oidcLogin()
                .idToken(token -> token.subject(username))
                .authorities(new SimpleGrantedAuthority(Role.OPERATOR.authority()));

        String page = mvc.perform(get("/account/api-tokens").with(company))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int revoked = mvc.perform(post("/account/api-tokens/{id}/revoke", tokenId)
                        .with(company)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(page).doesNotContain("local script");
        assertThat(revoked).isEqualTo(404);
        assertThat(tokens.of(username))
                .singleElement()
                .satisfies(token -> assertThat(token.active()).isTrue());
    }
}
