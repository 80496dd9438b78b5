package com.gauthconsole.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.gauthconsole.secret.Secret;
import com.gauthconsole.security.PasswordChangeGate;
import com.gauthconsole.testing.SessionCookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class FirstAdministratorTest {

    @Nested
    @SpringBootTest(properties = {"console.demo-users=false", "console.bootstrap-admin.username="})
    @AutoConfigureMockMvc
    @ExtendWith(OutputCaptureExtension.class)
    class WithoutAConfiguredAdministrator {

        @Autowired
        MockMvc mvc;

        @Autowired
        FirstAdministrator firstAdministrator;

        @Autowired
        ConsoleUserRepository users;

        /** A data directory of its own, where no file of an earlier run lies. */
        static final Path DATA_DIR = Path.of("target", "test-data", "first-admin-" + UUID.randomUUID());

        @DynamicPropertySource
        static void ownDataDirectory(DynamicPropertyRegistry registry) {
            registry.add("console.data-dir", DATA_DIR::toString);
        }

        @Test
        void writesAOneTimePasswordToAnOwnerOnlyFileNeverToTheLogAndAsksForANewOneAtOnce(CapturedOutput output)
                throws Exception {
            Path file = DATA_DIR.resolve(FirstAdministrator.PASSWORD_FILE);
            String password = Files.readString(file).strip();
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(output.getAll())
                    .contains(
                            "FIRST ADMINISTRATOR CREATED", file.toAbsolutePath().toString())
                    .doesNotContain(password);

            MvcResult signedIn = mvc.perform(formLogin().user("admin").password(password))
                    .andExpect(authenticated()
                            .withAuthentication(admin -> assertThat(admin.getAuthorities())
                                    .extracting(GrantedAuthority::getAuthority)
                                    .contains(PasswordChangeGate.AUTHORITY)
                                    .noneMatch(authority -> authority.startsWith("ROLE_"))))
                    .andReturn();
            RequestPostProcessor session = SessionCookie.of(signedIn);
            mvc.perform(get("/admin/users").with(session)).andExpect(redirectedUrl("/account/password"));
            MvcResult changed = mvc.perform(post("/account/password")
                            .param("currentPassword", password)
                            .param("newPassword", "the-administrators-own-1")
                            .param("repeatedPassword", "the-administrators-own-1")
                            .with(csrf())
                            .with(session))
                    .andExpect(redirectedUrl("/"))
                    .andReturn();
            mvc.perform(get("/admin/users").with(SessionCookie.of(changed))).andExpect(status().isOk());
            assertThat(file).as("the file goes once the password is replaced").doesNotExist();

            firstAdministrator.run(new DefaultApplicationArguments());

            assertThat(file).doesNotExist();
            assertThat(users.count()).isEqualTo(1);
        }
    }

    @Nested
    @SpringBootTest(
            properties = {
                "console.demo-users=false",
                "console.bootstrap-admin.username=root",
                "console.bootstrap-admin.password=configured-password"
            })
    @AutoConfigureMockMvc
    @ExtendWith(OutputCaptureExtension.class)
    class WithAConfiguredAdministrator {

        @Autowired
        MockMvc mvc;

        @Autowired
        FirstAdministrator firstAdministrator;

        @Autowired
        ConsoleUserRepository users;

        @Autowired
        UserAdministration administration;

        @Test
        void createsTheConfiguredAdministratorPrintsNoPasswordAndKeepsTheirLaterPassword(CapturedOutput output)
                throws Exception {
            mvc.perform(formLogin().user("root").password("configured-password"))
                    .andExpect(authenticated().withRoles("ADMIN"));
            assertThat(output.getAll()).doesNotContain("one-time password", "configured-password");

            long root = users.findByUsername("root").orElseThrow().id();
            administration.resetPassword(root, Secret.of("changed-after-start"), "root");
            firstAdministrator.run(new DefaultApplicationArguments());

            mvc.perform(formLogin().user("root").password("changed-after-start"))
                    .andExpect(authenticated());
            assertThat(users.count()).isEqualTo(1);
        }
    }
}
