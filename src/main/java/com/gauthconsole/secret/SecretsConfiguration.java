package com.gauthconsole.secret;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SecretsConfiguration {

    static final String FINGERPRINT_KEY_FILE = "fingerprint.key";
    static final String ENCRYPTION_KEY_FILE = "encryption.key";

    @Bean
    Fingerprinter fingerprinter(SecretsProperties properties, ServerKeys keys) {
        return new Fingerprinter(keys.load(new ServerKey(
                "fingerprint",
                properties.fingerprintKey(),
                "CONSOLE_FINGERPRINT_KEY (console.secrets.fingerprint-key)",
                properties.keyDir().resolve(FINGERPRINT_KEY_FILE),
                Fingerprinter.MINIMUM_KEY_BYTES)));
    }

    @Bean
    SecretBox secretBox(SecretsProperties properties, ServerKeys keys) {
        return new SecretBox(keys.load(new ServerKey(
                "encryption",
                properties.encryptionKey(),
                "CONSOLE_ENCRYPTION_KEY (console.secrets.encryption-key)",
                properties.keyDir().resolve(ENCRYPTION_KEY_FILE),
                SecretBox.KEY_BYTES)));
    }
}
