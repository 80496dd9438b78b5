package com.gauthconsole.gauth;

/**
 * The answer of a look-up call. These calls are not in GAuth's published procedure, so "cannot check" is an
 * ordinary answer, never a failure of the run.
 *
 * @param detail GAuth's (redacted) description of the object when found; the reason when it cannot be checked
 * @param lookUp the redacted exchange that answered, or null when the question was never sent to GAuth
 */
public record Existence(State state, String detail, GauthExchange lookUp) {

    public enum State {
        EXISTS,
        ABSENT,
        CANNOT_CHECK
    }

    static Existence exists(String detail, GauthExchange lookUp) {
        return new Existence(State.EXISTS, detail, lookUp);
    }

    static Existence absent(GauthExchange lookUp) {
        return new Existence(State.ABSENT, "", lookUp);
    }

    static Existence cannotCheck(String reason, GauthExchange lookUp) {
        return new Existence(State.CANNOT_CHECK, reason, lookUp);
    }
}
