package com.gauthconsole.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.gauthconsole.security.PasswordChangeGate;
import com.gauthconsole.security.Role;
import com.gauthconsole.testing.SessionCookie;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class UserAdministrationTest {

    private static final AtomicInteger names = new AtomicInteger();
    private static final String GOOD_PASSWORD = "correct-horse-battery";
    private static final String OWN_PASSWORD = "chosen-by-the-user-themselves";

    @Autowired
    MockMvc mvc;

    @Autowired
    ConsoleUserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor admin;

    @BeforeEach
    void signInAsAdministrator() throws Exception {
        admin = signIn("admin", "admin");
    }

    @Test
    void anAuditorCreatedByTheAdministratorSignsInButMayNotOpenTheUserPages() throws Exception {
        String name = uniqueName("auditor");
        mvc.perform(createUser(name, GOOD_PASSWORD, "AUDITOR"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", "User " + name + " was created."));

        mvc.perform(formLogin().user(name).password(GOOD_PASSWORD))
                .andExpect(authenticated()
                        .withAuthentication(user -> assertThat(user.getAuthorities())
                                .extracting(GrantedAuthority::getAuthority)
                                .contains(PasswordChangeGate.AUTHORITY)
                                .noneMatch(authority -> authority.startsWith("ROLE_"))));
        String own = choosesOwnPassword(name);
        mvc.perform(formLogin().user(name).password(own))
                .andExpect(authenticated().withRoles("AUDITOR"));
        mvc.perform(get("/admin/users").with(signIn(name, own))).andExpect(status().isForbidden());
    }

    @Test
    void showsTheUsersLinkInTheNavigationToAdministratorsOnly() throws Exception {
        mvc.perform(get("/").with(admin)).andExpect(content().string(containsString("href=\"/admin/users\"")));
        mvc.perform(get("/").with(signIn("lead", "lead")))
                .andExpect(content().string(not(containsString("href=\"/admin/users\""))));
    }

    @Test
    void listsEachUserWithRolesAndStatus() throws Exception {
        String name = uniqueName("listed");
        mvc.perform(createUser(name, GOOD_PASSWORD, "OPERATOR", "LEAD"));
        mvc.perform(post("/admin/users/{id}/disable", idOf(name)).with(csrf()).with(admin));

        String page = mvc.perform(get("/admin/users").with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .containsPattern(">" + name + "</a></th>\\s*<td>OPERATOR, LEAD</td>\\s*<td>\\s*"
                        + "<span class=\"badge text-bg-secondary\">disabled</span>");
    }

    @Test
    void storesOnlyABcryptHashOfThePassword() throws Exception {
        String name = uniqueName("hashed");
        mvc.perform(createUser(name, GOOD_PASSWORD, "OPERATOR"));

        List<Map<String, Object>> rows = jdbc.queryForList("select * from console_user where username = ?", name);
        assertThat(rows).hasSize(1);
        assertThat((String) rows.get(0).get("PASSWORD_HASH")).startsWith("{bcrypt}$2");
        assertThat(jdbc.queryForList("select * from console_user").toString()).doesNotContain(GOOD_PASSWORD);
    }

    @Test
    void refusesAnEmptyUserNameNextToTheFieldAndCreatesNobody() throws Exception {
        long before = users.count();

        mvc.perform(createUser("", GOOD_PASSWORD, "OPERATOR"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "<div id=\"username-error\" class=\"invalid-feedback\">Enter a user name.</div>")))
                .andExpect(content().string(containsString("aria-describedby=\"username-hint username-error\"")))
                .andExpect(content().string(not(containsString(GOOD_PASSWORD))));

        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void refusesATooLongUserNameAndKeepsWhatWasTyped() throws Exception {
        String tooLong = "x".repeat(101);

        mvc.perform(createUser(tooLong, GOOD_PASSWORD, "OPERATOR"))
                .andExpect(content().string(containsString("Use at most 100 characters.")))
                .andExpect(content().string(containsString("value=\"" + tooLong + "\"")));

        assertThat(users.existsByUsername(tooLong)).isFalse();
    }

    @Test
    void refusesAShortPasswordKeepsTheUserNameButNotThePassword() throws Exception {
        String name = uniqueName("short");

        mvc.perform(createUser(name, "elevenchars", "OPERATOR"))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "<div id=\"password-error\" class=\"invalid-feedback\">Use at least 12 characters.</div>")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(not(containsString("elevenchars"))));

        assertThat(users.existsByUsername(name)).isFalse();
    }

    @Test
    void refusesATakenUserNameAndKeepsTheExistingUserAsItWas() throws Exception {
        String name = uniqueName("taken");
        mvc.perform(createUser(name, GOOD_PASSWORD, "OPERATOR"));

        mvc.perform(createUser(name, "another-long-password", "ADMIN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is already a user called " + name)))
                .andExpect(content().string(containsString("value=\"" + name + "\"")));

        assertThat(users.findByUsername(name).orElseThrow().roles()).containsExactly(Role.OPERATOR);
        mvc.perform(formLogin().user(name).password(GOOD_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void refusesAUserWithoutRoles() throws Exception {
        String name = uniqueName("roleless");

        mvc.perform(createUser(name, GOOD_PASSWORD))
                .andExpect(content().string(containsString("Choose at least one role.")));

        assertThat(users.existsByUsername(name)).isFalse();
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabledAgain() throws Exception {
        String name = uniqueName("disabled");
        mvc.perform(createUser(name, GOOD_PASSWORD, "OPERATOR"));
        long id = idOf(name);

        mvc.perform(post("/admin/users/{id}/disable", id).with(csrf()).with(admin))
                .andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(formLogin().user(name).password(GOOD_PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/admin/users/{id}/enable", id).with(csrf()).with(admin));
        mvc.perform(formLogin().user(name).password(GOOD_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void disablingAUserEndsTheSessionTheyAlreadyHave() throws Exception {
        String name = uniqueName("signed-in");
        mvc.perform(createUser(name, GOOD_PASSWORD, "OPERATOR"));
        RequestPostProcessor theirs = signIn(name, choosesOwnPassword(name));
        mvc.perform(get("/").with(theirs)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/{id}/disable", idOf(name)).with(csrf()).with(admin));

        mvc.perform(get("/").with(theirs)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/admin/users").with(admin)).andExpect(status().isOk());
    }

    @Test
    void changingAUsersRolesEndsTheirSessionSoTheOldRolesStopAtOnce() throws Exception {
        String name = uniqueName("demoted");
        mvc.perform(createUser(name, GOOD_PASSWORD, "ADMIN"));
        RequestPostProcessor theirs = signIn(name, GOOD_PASSWORD);

        mvc.perform(post("/admin/users/{id}/roles", idOf(name))
                .param("roles", "OPERATOR")
                .with(csrf())
                .with(admin));

        mvc.perform(get("/admin/users").with(theirs)).andExpect(redirectedUrl("/login?ended"));
    }

    @Test
    void aResetPasswordReplacesTheOldOneAndEndsTheUsersSession() throws Exception {
        String name = uniqueName("reset");
        mvc.perform(createUser(name, GOOD_PASSWORD, "OPERATOR"));
        RequestPostProcessor theirs = signIn(name, GOOD_PASSWORD);

        mvc.perform(post("/admin/users/{id}/password", idOf(name))
                        .param("password", "a-brand-new-password")
                        .with(csrf())
                        .with(admin))
                .andExpect(flash().attribute("notice", "The password was changed."));

        mvc.perform(get("/").with(theirs)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(formLogin().user(name).password(GOOD_PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin().user(name).password("a-brand-new-password")).andExpect(authenticated());
    }

    @Test
    void refusesAShortPasswordOnResetAndKeepsTheOldOne() throws Exception {
        String name = uniqueName("keeps");
        mvc.perform(createUser(name, GOOD_PASSWORD, "OPERATOR"));

        mvc.perform(post("/admin/users/{id}/password", idOf(name))
                        .param("password", "short")
                        .with(csrf())
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use at least 12 characters.")));

        mvc.perform(formLogin().user(name).password(GOOD_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void assignedRolesApplyAtTheNextSignIn() throws Exception {
        String name = uniqueName("promoted");
        mvc.perform(createUser(name, GOOD_PASSWORD, "OPERATOR"));

        mvc.perform(post("/admin/users/{id}/roles", idOf(name))
                        .param("roles", "LEAD", "AUDITOR")
                        .with(csrf())
                        .with(admin))
                .andExpect(flash().attribute("notice", "The roles were saved."));

        mvc.perform(formLogin().user(name).password(choosesOwnPassword(name)))
                .andExpect(authenticated().withRoles("LEAD", "AUDITOR"));
    }

    @Test
    void anAdministratorCannotDisableThemselves() throws Exception {
        long self = idOf("admin");

        mvc.perform(post("/admin/users/{id}/disable", self).with(csrf()).with(admin))
                .andExpect(flash().attribute(
                                "problem", "You cannot disable your own account: ask another administrator to do it."));

        assertThat(users.findById(self).orElseThrow().enabled()).isTrue();
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdminRole() throws Exception {
        long self = idOf("admin");

        mvc.perform(post("/admin/users/{id}/roles", self)
                        .param("roles", "LEAD")
                        .with(csrf())
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "You cannot remove your own ADMIN role: ask another administrator to do it.")));

        assertThat(users.findById(self).orElseThrow().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void showsAUserNameWithMarkupEscapedWhenTypedAndWhenListed() throws Exception {
        String payload = "<script>alert(1)</script>";
        users.save(new ConsoleUser(
                payload, "{bcrypt}$2a$10$notARealHashnotARealHashnotARealHashnotARe", Set.of(Role.OPERATOR)));

        mvc.perform(createUser(payload, GOOD_PASSWORD, "OPERATOR"))
                .andExpect(content().string(containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")))
                .andExpect(content().string(not(containsString(payload))));
        mvc.perform(get("/admin/users").with(admin))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString(payload))));
    }

    private MockHttpServletRequestBuilder createUser(String username, String password, String... roles) {
        return post("/admin/users")
                .param("username", username)
                .param("password", password)
                .param("roles", roles)
                .with(csrf())
                .with(admin);
    }

    private RequestPostProcessor signIn(String username, String password) throws Exception {
        return SessionCookie.of(mvc.perform(formLogin().user(username).password(password))
                .andExpect(authenticated())
                .andReturn());
    }

    /** The user's first sign-in: they replace the password the administrator gave them, as they must. */
    private String choosesOwnPassword(String name) throws Exception {
        RequestPostProcessor theirs = signIn(name, GOOD_PASSWORD);
        mvc.perform(post("/account/password")
                        .param("currentPassword", GOOD_PASSWORD)
                        .param("newPassword", OWN_PASSWORD)
                        .param("repeatedPassword", OWN_PASSWORD)
                        .with(csrf())
                        .with(theirs))
                .andExpect(redirectedUrl("/"));
        return OWN_PASSWORD;
    }

    private long idOf(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }

    private static String uniqueName(String prefix) {
        return prefix + "-" + names.incrementAndGet();
    }
}
