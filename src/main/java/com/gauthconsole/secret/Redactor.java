package com.gauthconsole.secret;

import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * The one place that turns secrets into {@code [REDACTED hmac:…]} markers, or plain {@code [REDACTED]} ones in
 * previews. Everything that stores, logs or renders
 * an HTTP exchange goes through it first. A {@link Redaction} also removes the secret values it is told about
 * wherever they appear, as a second line of defence behind the key names.
 */
@Component
public class Redactor {

    static final String MARKER_PREFIX = "[REDACTED hmac:";
    public static final String PLAIN_MARKER = "[REDACTED]";

    private final Fingerprinter fingerprinter;
    private final Mask fingerprints;

    public Redactor(Fingerprinter fingerprinter) {
        this.fingerprinter = fingerprinter;
        this.fingerprints = new Mask() {
            @Override
            public String of(String secretValue) {
                return mask(secretValue);
            }

            @Override
            public String ofCredential(String credential) {
                return maskCredential(credential);
            }
        };
    }

    /** Redaction by key names alone. */
    public Redaction redaction() {
        return new Redaction(fingerprints, java.util.List.of());
    }

    /** Redaction by key names plus these known values, wherever they occur. */
    public Redaction knowing(Collection<Secret> secretsInPlay) {
        return new Redaction(fingerprints, secretsInPlay);
    }

    /**
     * Redaction of a request not sent yet, with plain markers: a preview shows whatever was typed, so a fingerprint
     * there would let anyone test guesses against the fingerprints recorded elsewhere, without limit.
     */
    public Redaction forPreview(Collection<Secret> secretsInPlay) {
        return new Redaction(Mask.plain(PLAIN_MARKER), secretsInPlay);
    }

    /** The marker shown in place of a secret value: same value, same fingerprint. */
    public String mask(String value) {
        return MARKER_PREFIX + fingerprinter.fingerprint(value) + "]";
    }

    public String mask(Secret secret) {
        return mask(secret.reveal());
    }

    /** The marker of an {@code Authorization} credential (for Basic, the Base64 of user and password). */
    public String maskCredential(String credential) {
        return MARKER_PREFIX + fingerprinter.credentialFingerprint(credential) + "]";
    }
}
