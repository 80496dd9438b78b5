package com.gauthconsole.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.gauthconsole.secondfactor.SignInAuthorities;
import com.gauthconsole.secret.Secret;
import com.gauthconsole.security.PasswordChangeGate;
import com.gauthconsole.security.SignedInSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The own-password page alone: what it refuses before a password changes, that none of the typed passwords shows
 * again, and that a change ends the other sessions and signs in again with the roles now held.
 */
@WebMvcTest(OwnPasswordController.class)
class OwnPasswordControllerSliceTest {

    private static final String CURRENT = "given-by-the-admin-1";
    private static final String CHOSEN = "my-own-quiet-lantern-9";

    /** Signed in with the password an administrator set: no role until it changes. */
    private static final Authentication MUST_CHANGE = UsernamePasswordAuthenticationToken.authenticated(
            "alice", null, AuthorityUtils.createAuthorityList(PasswordChangeGate.AUTHORITY, "FACTOR_PASSWORD"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OwnPassword ownPassword;

    @MockitoBean
    SignInAuthorities authorities;

    @MockitoBean
    SignedInSessions sessions;

    @Test
    void aNewPasswordTypedDifferentlyTheSecondTimeIsRefusedAtTheRepeatedFieldAndNothingChanges() throws Exception {
        when(ownPassword.hasLocalAccount("alice")).thenReturn(true);

        String page = change(CURRENT, CHOSEN, CHOSEN + "x", new MockHttpSession());

        assertThat(page)
                .contains(
                        "id=\"repeatedPassword-error\" class=\"invalid-feedback\">Type the same new password twice.",
                        "id=\"password-required\"")
                .doesNotContain(CURRENT, CHOSEN);
        verify(ownPassword, never()).change(anyString(), any(), any(), anyString());
        verifyNoInteractions(sessions, authorities);
    }

    @Test
    void aWrongCurrentPasswordIsSaidAtItsFieldAndNoSessionEnds() throws Exception {
        when(ownPassword.hasLocalAccount("alice")).thenReturn(true);
        doThrow(PasswordChangeRefused.wrongCurrentPassword())
                .when(ownPassword)
                .change("alice", Secret.of(CURRENT), Secret.of(CHOSEN), "127.0.0.1");

        String page = change(CURRENT, CHOSEN, CHOSEN, new MockHttpSession());

        assertThat(page)
                .contains("id=\"currentPassword-error\" class=\"invalid-feedback\">This is not your current password.")
                .doesNotContain(CURRENT, CHOSEN);
        verifyNoInteractions(sessions, authorities);
    }

    @Test
    void aChangedPasswordEndsTheOtherSessionsAndSignsInAgainWithTheRolesNowHeld() throws Exception {
        when(ownPassword.hasLocalAccount("alice")).thenReturn(true);
        when(authorities.onceSecondFactorPassed("alice"))
                .thenAnswer(asked -> AuthorityUtils.createAuthorityList("ROLE_OPERATOR"));
        MockHttpSession session = new MockHttpSession(null, "session-before");

        mvc.perform(post(PasswordChangeGate.PAGE)
                        .param("currentPassword", CURRENT)
                        .param("newPassword", CHOSEN)
                        .param("repeatedPassword", CHOSEN)
                        .session(session)
                        .principal(MUST_CHANGE))
                .andExpect(redirectedUrl("/"));

        verify(ownPassword).change("alice", Secret.of(CURRENT), Secret.of(CHOSEN), "127.0.0.1");
        verify(sessions).endOthersOf("alice", "session-before");
        assertThat(session.getId()).isNotEqualTo("session-before");
        SecurityContext saved = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(saved.getAuthentication().getName()).isEqualTo("alice");
        assertThat(saved.getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_OPERATOR", "FACTOR_PASSWORD");
    }

    @Test
    void someoneSignedInThroughTheCompanyIsSentThereAndNothingChanges() throws Exception {
        String page = mvc.perform(post(PasswordChangeGate.PAGE)
                        .param("currentPassword", CURRENT)
                        .param("newPassword", CHOSEN)
                        .param("repeatedPassword", CHOSEN)
                        .principal(new TestingAuthenticationToken("bob@acme.example", null, "ROLE_OPERATOR")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"password-elsewhere\"").doesNotContain("currentPassword", CURRENT, CHOSEN);
        verify(ownPassword, never()).change(anyString(), any(), any(), anyString());
        verifyNoInteractions(sessions, authorities);
    }

    private String change(String current, String chosen, String repeated, MockHttpSession session) throws Exception {
        return mvc.perform(post(PasswordChangeGate.PAGE)
                        .param("currentPassword", current)
                        .param("newPassword", chosen)
                        .param("repeatedPassword", repeated)
                        .session(session)
                        .principal(MUST_CHANGE))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
