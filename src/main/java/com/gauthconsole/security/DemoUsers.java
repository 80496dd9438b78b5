package com.gauthconsole.security;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * One user per role whose password is its name, for the embedded default only. Announced loudly at start-up so that
 * nobody mistakes a demo installation for a real one.
 */
@Configuration
@ConditionalOnBooleanProperty("console.demo-users")
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    @Bean
    InMemoryUserDetailsManager demoUserDetailsService(PasswordEncoder passwordEncoder) {
        var manager = new InMemoryUserDetailsManager();
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase();
            manager.createUser(User.withUsername(name)
                    .password(passwordEncoder.encode(name))
                    .roles(role.name())
                    .build());
        }
        return manager;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String users = String.join(
                ", ",
                Arrays.stream(Role.values())
                        .map(role -> role.name().toLowerCase() + " (" + role.name() + ")")
                        .toList());
        log.warn(
                "DEMO USERS ARE ENABLED - for trying the console only. Sign in as {}; each password equals the user"
                        + " name. Set console.demo-users=false (or use the postgres profile) for a real installation.",
                users);
    }
}
