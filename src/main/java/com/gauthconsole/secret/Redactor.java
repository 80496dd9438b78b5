package com.gauthconsole.secret;

import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * The one place that turns secrets into {@code [REDACTED hmac:…]} markers. Everything that stores, logs or renders
 * an HTTP exchange goes through it first. A {@link Redaction} also removes the secret values it is told about
 * wherever they appear, as a second line of defence behind the key names.
 */
@Component
public class Redactor {

    static final String MARKER_PREFIX = "[REDACTED hmac:";

    private final Fingerprinter fingerprinter;

    public Redactor(Fingerprinter fingerprinter) {
        this.fingerprinter = fingerprinter;
    }

    /** Redaction by key names alone. */
    public Redaction redaction() {
        return new Redaction(this, java.util.List.of());
    }

    /** Redaction by key names plus these known values, wherever they occur. */
    public Redaction knowing(Collection<Secret> secretsInPlay) {
        return new Redaction(this, secretsInPlay);
    }

    /** The marker shown in place of a secret value: same value, same fingerprint. */
    public String mask(String value) {
        return MARKER_PREFIX + fingerprinter.fingerprint(value) + "]";
    }

    public String mask(Secret secret) {
        return mask(secret.reveal());
    }
}
