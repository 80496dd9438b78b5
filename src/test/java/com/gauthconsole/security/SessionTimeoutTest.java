package com.gauthconsole.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SessionTimeoutTest {

    @Autowired
    ServletContext servletContext;

    @Test
    void theServerEndsIdleSessionsAfterThirtyMinutes() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
    }
}
