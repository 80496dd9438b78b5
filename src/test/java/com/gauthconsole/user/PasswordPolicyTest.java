package com.gauthconsole.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.secret.Secret;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsTwelveCharacters() {
        assertThat(PasswordPolicy.problemWith(Secret.of("twelve-chars"))).isEmpty();
    }

    @Test
    void refusesElevenCharacters() {
        assertThat(PasswordPolicy.problemWith(Secret.of("eleven-char"))).contains("Use at least 12 characters.");
    }

    @Test
    void refusesAnEmptyPassword() {
        assertThat(PasswordPolicy.problemWith(Secret.empty())).contains("Enter a password.");
        assertThat(PasswordPolicy.problemWith(null)).contains("Enter a password.");
    }

    @Test
    void refusesMoreThanBcryptReadsEvenWhenTheCharactersAreFew() {
        assertThat(PasswordPolicy.problemWith(Secret.of("a".repeat(72)))).isEmpty();
        assertThat(PasswordPolicy.problemWith(Secret.of("ü".repeat(37))))
                .contains("Use at most 72 bytes (about 72 plain letters).");
    }
}
