package com.gauthconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

class DemoUsersTest {

    @Nested
    @SpringBootTest(properties = "console.demo-users=true")
    @ExtendWith(OutputCaptureExtension.class)
    class OnTheEmbeddedDefault {
        @Test
        void announcesTheDemoUsersAndTheirPasswordsAtStartUp(CapturedOutput output) {
            assertThat(output.getAll())
                    .contains("DEMO USERS ARE ENABLED")
                    .contains("operator (OPERATOR)", "auditor (AUDITOR)", "lead (LEAD)", "admin (ADMIN)");
        }
    }

    @Nested
    @SpringBootTest(properties = "console.demo-users=false")
    @AutoConfigureMockMvc
    @ExtendWith(OutputCaptureExtension.class)
    class OutsideTheEmbeddedDefault {
        @Autowired
        MockMvc mvc;

        @Test
        void neitherAnnouncesNorAcceptsDemoUsers(CapturedOutput output) throws Exception {
            assertThat(output.getAll()).doesNotContain("DEMO USERS");
            mvc.perform(formLogin().user("admin").password("admin")).andExpect(unauthenticated());
        }
    }
}
