package com.gauthconsole.secret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A short keyed fingerprint (HMAC-SHA256 under a server key) of a secret value, as Vault's audit devices do: two
 * records that show the same fingerprint used the same secret, and nobody without the key can test a guess.
 */
public final class Fingerprinter {

    static final int MINIMUM_KEY_BYTES = 32;
    private static final int FINGERPRINT_BYTES = 6;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public Fingerprinter(byte[] key) {
        if (key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "The fingerprint key must be at least " + MINIMUM_KEY_BYTES + " bytes long");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    public String fingerprint(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, FINGERPRINT_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }
}
