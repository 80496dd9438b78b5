package com.gauthconsole.audit;

import java.util.List;

/**
 * The outcome of one fingerprint check.
 *
 * @param marker the value's marker as records show it, {@code [REDACTED hmac:…]}
 * @param runIds the most recent runs whose records show it
 * @param remaining the checks the user has left today
 */
record FingerprintCheck(String marker, List<Long> runIds, int remaining) {}
