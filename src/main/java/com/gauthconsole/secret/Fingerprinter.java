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

    private static final String CREDENTIAL_KEY_LABEL = "Authorization credentials";

    private final SecretKeySpec key;
    private final SecretKeySpec credentialKey;

    public Fingerprinter(byte[] key) {
        if (key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "The fingerprint key must be at least " + MINIMUM_KEY_BYTES + " bytes long");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.credentialKey = new SecretKeySpec(hmac(this.key, CREDENTIAL_KEY_LABEL), ALGORITHM);
    }

    public String fingerprint(String value) {
        return HexFormat.of().formatHex(hmac(key, value), 0, FINGERPRINT_BYTES);
    }

    /**
     * The fingerprint of an {@code Authorization} credential, under a key of its own (derived from the server key):
     * no value typed into a form can ever show the fingerprint of the ops credentials, so a failed attempt cannot
     * serve to test a guess of them.
     */
    public String credentialFingerprint(String credential) {
        return HexFormat.of().formatHex(hmac(credentialKey, credential), 0, FINGERPRINT_BYTES);
    }

    private static byte[] hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }
}
