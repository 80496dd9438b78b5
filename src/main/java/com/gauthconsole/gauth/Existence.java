package com.gauthconsole.gauth;

/**
 * The answer of a look-up call. These calls are not in GAuth's published procedure, so "cannot check" is an
 * ordinary answer, never a failure of the run.
 *
 * @param detail GAuth's (redacted) description of the object when found; the reason when it cannot be checked
 */
public record Existence(State state, String detail) {

    public enum State {
        EXISTS,
        ABSENT,
        CANNOT_CHECK
    }

    static Existence exists(String detail) {
        return new Existence(State.EXISTS, detail);
    }

    static Existence absent() {
        return new Existence(State.ABSENT, "");
    }

    static Existence cannotCheck(String reason) {
        return new Existence(State.CANNOT_CHECK, reason);
    }
}
