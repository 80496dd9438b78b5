package com.gauthconsole.user;

import com.gauthconsole.security.Role;
import java.util.Arrays;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One user per role whose password is its name, for the embedded default only. They are stored like any other user
 * (created at start-up when missing, so an administrator may change them) and announced loudly so that nobody
 * mistakes a demo installation for a real one.
 */
@Component
@ConditionalOnBooleanProperty("console.demo-users")
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final ConsoleUserRepository users;
    private final PasswordEncoder passwordEncoder;

    DemoUsers(ConsoleUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        for (Role role : Role.values()) {
            String name = demoUserName(role);
            if (!users.existsByUsername(name)) {
                users.save(new ConsoleUser(name, passwordEncoder.encode(name), Set.of(role)));
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String names = String.join(
                ", ",
                Arrays.stream(Role.values())
                        .map(role -> demoUserName(role) + " (" + role.name() + ")")
                        .toList());
        log.warn(
                "DEMO USERS ARE ENABLED - for trying the console only. Sign in as {}; each password equals the user"
                        + " name. Set console.demo-users=false (or use the postgres profile) for a real installation.",
                names);
    }

    private static String demoUserName(Role role) {
        return role.name().toLowerCase();
    }
}
