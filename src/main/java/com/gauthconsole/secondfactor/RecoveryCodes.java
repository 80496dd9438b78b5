package com.gauthconsole.secondfactor;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes for someone who lost their authenticator: ten at a time, each 16 random letters and
 * digits (about 80 bits), kept only as a salted SHA-256 hash. A slow password hash would buy nothing against codes
 * that random, and each sign-in with one checks all of a user's codes.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    static List<String> generate() {
        return List.of(new RecoveryCodeGenerator().generateCodes(COUNT));
    }

    /** {@code salt:hash}, both hex. */
    static String hash(String code) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(digest(salt, normalized(code)));
    }

    static boolean matches(String typed, String stored) {
        int colon = stored.indexOf(':');
        byte[] salt = HexFormat.of().parseHex(stored.substring(0, colon));
        byte[] expected = HexFormat.of().parseHex(stored.substring(colon + 1));
        return MessageDigest.isEqual(expected, digest(salt, normalized(typed)));
    }

    /** Whether what was typed looks like a recovery code rather than a one-time code. */
    static boolean looksLikeOne(String typed) {
        return normalized(typed).length() == 16;
    }

    /** Case and the dashes between the groups do not matter. */
    private static String normalized(String code) {
        return code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static byte[] digest(byte[] salt, String code) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
