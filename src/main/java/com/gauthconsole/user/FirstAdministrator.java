package com.gauthconsole.user;

import com.gauthconsole.secret.PrivateFiles;
import com.gauthconsole.secret.Secret;
import com.gauthconsole.security.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Makes sure a real installation (no demo users) can be administered. A configured bootstrap administrator is
 * created when missing and never changed afterwards, so the password an administrator later sets survives restarts
 * with the variables still in place. Without one, and with no administrator in the database, an {@code admin} with a
 * random password is created, and the password is written to an owner-only file in the data directory, never to the
 * log; the administrator must replace it at the first sign-in, and the file is deleted then.
 */
@Component
@ConditionalOnBooleanProperty(name = "console.demo-users", havingValue = false)
class FirstAdministrator implements ApplicationRunner {

    static final String GENERATED_USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final SecureRandom random = new SecureRandom();

    /** The file in the data directory that holds the generated password until the administrator has changed it. */
    static final String PASSWORD_FILE = "first-admin-password.txt";

    private final ConsoleUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final BootstrapAdminProperties bootstrapAdmin;
    private final Path passwordFile;

    FirstAdministrator(
            ConsoleUserRepository users,
            PasswordEncoder passwordEncoder,
            BootstrapAdminProperties bootstrapAdmin,
            Environment environment) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.bootstrapAdmin = bootstrapAdmin;
        this.passwordFile = Path.of(environment.getProperty("console.data-dir", "./data"), PASSWORD_FILE);
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
        ConsoleUser administrator = new ConsoleUser(GENERATED_USERNAME, "", Set.of(Role.ADMIN));
        administrator.setPasswordToChange(passwordEncoder.encode(password.reveal()));
        users.save(administrator);
        writePasswordFile(password);
        log.warn(
                "FIRST ADMINISTRATOR CREATED: sign in as {} with the one-time password in {} (readable by this"
                        + " account only); you will choose your own password at once, and the file is then deleted.",
                GENERATED_USERNAME,
                passwordFile.toAbsolutePath());
    }

    /** Once the generated password has been replaced, the file holds nothing anyone needs. */
    @TransactionalEventListener
    void forgetOneTimePassword(PasswordChanged changed) {
        if (changed.username().equals(GENERATED_USERNAME)) {
            try {
                Files.deleteIfExists(passwordFile);
            } catch (IOException e) {
                log.warn("Could not delete {}: delete it by hand, the password in it no longer works", passwordFile);
            }
        }
    }

    /** Owner-only from its creation, so no other account ever sees it; a file left by an earlier database goes. */
    private void writePasswordFile(Secret password) {
        try {
            PrivateFiles.createDirectories(passwordFile.getParent());
            Files.deleteIfExists(passwordFile);
            PrivateFiles.createFile(passwordFile);
            Files.writeString(passwordFile, password.reveal() + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the first administrator's password to " + passwordFile, e);
        }
    }

    private static Secret oneTimePassword() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Secret.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
