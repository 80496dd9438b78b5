package com.gauthconsole.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import com.gauthconsole.secret.Secret;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

class FirstAdministratorTest {

    private static final Pattern ONE_TIME_PASSWORD =
            Pattern.compile("FIRST ADMINISTRATOR CREATED: sign in as admin with the one-time password (\\S+) ");

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

        @Test
        void printsAOneTimePasswordThatSignsInAndNeverPrintsItAgain(CapturedOutput output) throws Exception {
            Matcher printed = ONE_TIME_PASSWORD.matcher(output.getAll());
            assertThat(printed.find())
                    .as("the one-time password is printed at start-up")
                    .isTrue();
            mvc.perform(formLogin().user("admin").password(printed.group(1)))
                    .andExpect(authenticated().withRoles("ADMIN"));

            firstAdministrator.run(new DefaultApplicationArguments());

            assertThat(ONE_TIME_PASSWORD.matcher(output.getAll()).results()).hasSize(1);
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
