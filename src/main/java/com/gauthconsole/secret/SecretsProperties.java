package com.gauthconsole.secret;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the server keys come from.
 *
 * @param fingerprintKey Base64 key for fingerprints; empty means "use the key file in {@code keyDir}"
 * @param encryptionKey Base64 AES-256 key for secrets kept at rest; empty means "use the key file in {@code keyDir}"
 * @param keyDir folder for generated key files, kept out of the database
 * @param fingerprintChecksPerDay how many values one user may have fingerprinted in 24 hours
 */
@Validated
@ConfigurationProperties(prefix = "console.secrets")
public record SecretsProperties(
        String fingerprintKey,
        String encryptionKey,
        @NotNull Path keyDir,
        @Min(0) int fingerprintChecksPerDay) {}
