package com.gauthconsole.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.gauthconsole.secret.Secret;
import com.gauthconsole.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The user administration pages alone: what they refuse before a user changes, and that a password never shows. */
@WebMvcTest(UserAdministrationController.class)
class UserAdministrationControllerSliceTest {

    private static final TestingAuthenticationToken ADMIN = new TestingAuthenticationToken("admin", null, "ROLE_ADMIN");

    private static final String PASSWORD = "violet-harbour-kettle-42";

    private static final UserView SELF = new UserView(
            3,
            "admin",
            List.of(Role.ADMIN),
            true,
            false,
            Instant.parse("2026-12-01T08:00:00Z"),
            Instant.parse("2026-12-01T08:00:00Z"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserAdministration users;

    @Test
    void aNewUserThatCannotBeCreatedIsRefusedAtItsFieldsKeepingTheNameButNotThePassword() throws Exception {
        String page = page(post("/admin/users").param("username", "Alice").param("password", "short-pass"));

        assertThat(page)
                .contains(
                        "id=\"username-error\" class=\"invalid-feedback\">Use only lower-case letters, digits and . _ @ -",
                        "id=\"password-error\" class=\"invalid-feedback\">Use at least 12 characters.",
                        "id=\"roles-error\" class=\"invalid-feedback d-block\">Choose at least one role.",
                        "value=\"Alice\"")
                .doesNotContain("short-pass");
        verifyNoInteractions(users);
    }

    @Test
    void aNewUserIsCreatedWithTheTypedNamePasswordAndRolesInTheAdministratorsName() throws Exception {
        mvc.perform(post("/admin/users")
                        .param("username", "alice")
                        .param("password", PASSWORD)
                        .param("roles", "OPERATOR", "AUDITOR")
                        .principal(ADMIN))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", "User alice was created."));

        verify(users).create("alice", Secret.of(PASSWORD), Set.of(Role.OPERATOR, Role.AUDITOR), "admin");
    }

    @Test
    void aTakenNameIsSaidAtTheNameFieldAndThePasswordIsNotShownBack() throws Exception {
        when(users.create(eq("alice"), any(), any(), eq("admin")))
                .thenThrow(new UserChangeRefused.UsernameTaken("alice"));

        String page = page(post("/admin/users")
                .param("username", "alice")
                .param("password", PASSWORD)
                .param("roles", "OPERATOR"));

        assertThat(page)
                .contains("id=\"username-error\" class=\"invalid-feedback\">There is already a user called alice:"
                        + " choose another name.")
                .doesNotContain(PASSWORD);
    }

    @Test
    void anAdministratorRemovingTheirOwnAdminRoleIsToldWhyWithTheRolesAsChosen() throws Exception {
        when(users.find(3L)).thenReturn(SELF);
        doThrow(new UserChangeRefused.OwnAccessProtected("remove your own ADMIN role"))
                .when(users)
                .assignRoles(3L, Set.of(Role.OPERATOR), "admin");

        String page = page(post("/admin/users/3/roles").param("roles", "OPERATOR"));

        assertThat(page)
                .contains("id=\"roles-refused\"", "You cannot remove your own ADMIN role: ask another administrator")
                .containsPattern("value=\"OPERATOR\"[^>]*checked")
                .doesNotContainPattern("value=\"ADMIN\"[^>]*checked");
    }

    @Test
    void aPasswordResetToAShortPasswordIsRefusedAtItsFieldAndNothingIsSet() throws Exception {
        when(users.find(3L)).thenReturn(SELF);

        String page = page(post("/admin/users/3/password").param("password", "too-short"));

        assertThat(page)
                .contains("id=\"password-error\" class=\"invalid-feedback\">Use at least 12 characters.")
                .containsPattern("value=\"ADMIN\"[^>]*checked")
                .doesNotContain("too-short");
        verify(users, never()).resetPassword(anyLong(), any(), anyString());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.principal(ADMIN)).andReturn().getResponse().getContentAsString();
    }
}
