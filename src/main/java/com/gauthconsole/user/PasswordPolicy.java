package com.gauthconsole.user;

import com.gauthconsole.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What a new password must look like, for the forms and for the configured first administrator alike. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    /** bcrypt silently ignores everything after 72 bytes, and Spring Security refuses such passwords outright. */
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {}

    static Optional<String> problemWith(Secret password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password.");
        }
        String value = password.reveal();
        if (value.codePointCount(0, value.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + MAX_BYTES + " bytes (about " + MAX_BYTES + " plain letters).");
        }
        if (CommonPasswords.contains(value)) {
            return Optional.of(
                    "This is one of the passwords people use most, which guessers try first: choose another.");
        }
        return Optional.empty();
    }
}
