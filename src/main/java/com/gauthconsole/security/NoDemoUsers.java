package com.gauthconsole.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Outside the embedded default there are no built-in accounts, and Spring Boot's generated "user" account is kept
 * out too: nobody signs in until real user accounts are set up.
 */
@Configuration
@ConditionalOnBooleanProperty(name = "console.demo-users", havingValue = false)
class NoDemoUsers {

    private static final Logger log = LoggerFactory.getLogger(NoDemoUsers.class);

    @Bean
    InMemoryUserDetailsManager noUserDetailsService() {
        log.warn("Demo users are off and no user accounts are configured: nobody can sign in.");
        return new InMemoryUserDetailsManager();
    }
}
