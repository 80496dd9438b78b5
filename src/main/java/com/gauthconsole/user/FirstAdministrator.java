package com.gauthconsole.user;

import com.gauthconsole.secret.Secret;
import com.gauthconsole.security.Role;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure a real installation (no demo users) can be administered. A configured bootstrap administrator is
 * created when missing and never changed afterwards, so the password an administrator later sets survives restarts
 * with the variables still in place. Without one, and with no administrator in the database, an {@code admin} with a
 * random password is created and the password is logged this once: the next start finds the administrator and
 * prints nothing.
 */
@Component
@ConditionalOnBooleanProperty(name = "console.demo-users", havingValue = false)
class FirstAdministrator implements ApplicationRunner {

    static final String GENERATED_USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final SecureRandom random = new SecureRandom();

    private final ConsoleUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final BootstrapAdminProperties bootstrapAdmin;

    FirstAdministrator(
            ConsoleUserRepository users, PasswordEncoder passwordEncoder, BootstrapAdminProperties bootstrapAdmin) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.bootstrapAdmin = bootstrapAdmin;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (bootstrapAdmin.configured()) {
            createConfiguredAdministrator();
        } else if (!users.existsWithRole(Role.ADMIN)) {
            createAdministratorWithOneTimePassword();
        }
    }

    private void createConfiguredAdministrator() {
        String username = bootstrapAdmin.username() == null ? "" : bootstrapAdmin.username();
        if (username.isEmpty() || username.length() > Username.MAX_LENGTH || !username.matches(Username.PATTERN)) {
            throw new IllegalStateException("console.bootstrap-admin.username must be 1 to 100 lower-case letters,"
                    + " digits or . _ @ - (CONSOLE_BOOTSTRAPADMIN_USERNAME)");
        }
        if (users.existsByUsername(username)) {
            return;
        }
        PasswordPolicy.problemWith(bootstrapAdmin.password()).ifPresent(problem -> {
            throw new IllegalStateException(
                    "console.bootstrap-admin.password (CONSOLE_BOOTSTRAPADMIN_PASSWORD) is not acceptable: " + problem);
        });
        users.save(new ConsoleUser(
                username, passwordEncoder.encode(bootstrapAdmin.password().reveal()), Set.of(Role.ADMIN)));
        log.info("Created the administrator {} from console.bootstrap-admin.", username);
    }

    private void createAdministratorWithOneTimePassword() {
        if (users.existsByUsername(GENERATED_USERNAME)) {
            log.error(
                    "There is no administrator, and the user {} exists without the ADMIN role: set"
                            + " CONSOLE_BOOTSTRAPADMIN_USERNAME and CONSOLE_BOOTSTRAPADMIN_PASSWORD to create one.",
                    GENERATED_USERNAME);
            return;
        }
        Secret password = oneTimePassword();
        users.save(new ConsoleUser(GENERATED_USERNAME, passwordEncoder.encode(password.reveal()), Set.of(Role.ADMIN)));
        log.warn(
                "FIRST ADMINISTRATOR CREATED: sign in as {} with the one-time password {} and set a new password"
                        + " under Users. This password is shown only this once.",
                GENERATED_USERNAME,
                password.reveal());
    }

    private static Secret oneTimePassword() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Secret.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
