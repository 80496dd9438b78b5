package com.gauthconsole.secondfactor;

import com.gauthconsole.secret.Secret;
import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: HMAC-SHA1, six digits, a new code each
 * 30 seconds. A code of the step before or after the current one is accepted too, for clocks that drift.
 */
final class TotpCodes {

    static final int DIGITS = 6;
    static final int PERIOD_SECONDS = 30;
    static final int DRIFT_STEPS = 1;

    /** 160 bits, the HMAC-SHA1 key length RFC 4226 recommends, as 32 base32 characters. */
    private static final int SECRET_CHARACTERS = 32;

    private final CodeGenerator generator;
    private final int digits;

    TotpCodes() {
        this(DIGITS);
    }

    /** With another number of digits, for RFC 6238's eight-digit test vectors. */
    TotpCodes(int digits) {
        this.generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, digits);
        this.digits = digits;
    }

    /** A new random secret, base32 as authenticator apps take it. */
    Secret newSecret() {
        return Secret.of(new DefaultSecretGenerator(SECRET_CHARACTERS).generate());
    }

    /** The {@code otpauth://} URI an authenticator app reads from the QR code, secret included. */
    Secret otpauthUri(Secret secret, String issuer, String username) {
        return Secret.of(new QrData.Builder()
                .label(username)
                .secret(secret.reveal())
                .issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(digits)
                .period(PERIOD_SECONDS)
                .build()
                .getUri());
    }

    static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The code of one time step. */
    String codeAt(Secret secret, long step) {
        try {
            return generator.generate(secret.reveal(), step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("A one-time code could not be computed", e);
        }
    }

    /**
     * The time step the code belongs to, among the current one and its neighbours, when that step comes after {@code
     * lastUsedStep}: a code, or an older one, that was already used is refused.
     */
    OptionalLong stepOf(Secret secret, String code, Instant now, long lastUsedStep) {
        if (code.length() != digits || !code.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = Math.max(current - DRIFT_STEPS, lastUsedStep + 1); step <= current + DRIFT_STEPS; step++) {
            if (MessageDigest.isEqual(
                    codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
