package com.gauthconsole.secret;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Configuration
class SecretsConfiguration {

    static final String FINGERPRINT_KEY_FILE = "fingerprint.key";
    static final String ENCRYPTION_KEY_FILE = "encryption.key";

    @Bean
    Fingerprinter fingerprinter(SecretsProperties properties) {
        byte[] key = StringUtils.hasText(properties.fingerprintKey())
                ? KeyFile.decode(properties.fingerprintKey(), "console.secrets.fingerprint-key")
                : KeyFile.loadOrCreate(properties.keyDir().resolve(FINGERPRINT_KEY_FILE), 32);
        return new Fingerprinter(key);
    }

    @Bean
    SecretBox secretBox(SecretsProperties properties) {
        byte[] key = StringUtils.hasText(properties.encryptionKey())
                ? KeyFile.decode(properties.encryptionKey(), "console.secrets.encryption-key")
                : KeyFile.loadOrCreate(properties.keyDir().resolve(ENCRYPTION_KEY_FILE), SecretBox.KEY_BYTES);
        return new SecretBox(key);
    }
}
