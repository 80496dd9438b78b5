package com.gauthconsole.api;

import com.gauthconsole.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A token as its holder sends it: {@code gac_<lookup id>_<secret>}, 64 random bits that find its row and 256 that
 * prove it. Only the SHA-256 of the whole value is stored: the value is random, so no slow hash is needed.
 */
record ApiTokenValue(String lookupId, Secret value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("gac_([0-9a-f]{16})_[A-Za-z0-9_-]{43}");

    static ApiTokenValue generate() {
        byte[] lookup = new byte[8];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(lookup);
        RANDOM.nextBytes(secret);
        String lookupId = HexFormat.of().formatHex(lookup);
        return new ApiTokenValue(
                lookupId,
                Secret.of("gac_" + lookupId + "_"
                        + Base64.getUrlEncoder().withoutPadding().encodeToString(secret)));
    }

    /** The token in a bearer header, or empty when the text cannot be one of the console's tokens. */
    static Optional<ApiTokenValue> read(Secret sent) {
        Matcher matcher = FORMAT.matcher(sent.reveal());
        return matcher.matches() ? Optional.of(new ApiTokenValue(matcher.group(1), sent)) : Optional.empty();
    }

    String hash() {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(value.reveal().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    boolean matches(String storedHash) {
        return MessageDigest.isEqual(
                hash().getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
