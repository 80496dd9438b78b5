package com.gauthconsole.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets that must outlive one request (a created client secret, a token, a password typed before the
 * preview) with AES-256-GCM. The context (e.g. "run 42 CLIENT_SECRET") is authenticated as associated data, so a
 * ciphertext copied onto another row does not decrypt.
 */
public final class SecretBox {

    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SecretBox(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The encryption key must be exactly " + KEY_BYTES + " bytes long");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** Base64 of nonce followed by ciphertext and tag. */
    public String seal(Secret secret, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed =
                crypt(Cipher.ENCRYPT_MODE, nonce, context, secret.reveal().getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                        .put(nonce)
                        .put(sealed)
                        .array());
    }

    public Secret open(String sealed, String context) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        byte[] nonce = Arrays.copyOfRange(bytes, 0, NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return Secret.of(new String(crypt(Cipher.DECRYPT_MODE, nonce, context, ciphertext), StandardCharsets.UTF_8));
    }

    private byte[] crypt(int mode, byte[] nonce, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "A stored secret could not be decrypted: wrong key, or the record was altered", e);
        }
    }
}
