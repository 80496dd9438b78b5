package com.gauthconsole.gauth;

/**
 * The answer of a look-up call. These calls are not in GAuth's published procedure, so "cannot check" is an
 * ordinary answer, never a failure of the run.
 *
 * @param id the object's ID from the last segment of {@code path} when GAuth sent one, else null
 * @param detail GAuth's (redacted) description of the object when found; the reason when it cannot be checked
 */
public record Existence(State state, String id, String detail) {

    public enum State {
        EXISTS,
        ABSENT,
        CANNOT_CHECK
    }

    static Existence exists(String id, String detail) {
        return new Existence(State.EXISTS, id, detail);
    }

    static Existence absent() {
        return new Existence(State.ABSENT, null, "");
    }

    static Existence cannotCheck(String reason) {
        return new Existence(State.CANNOT_CHECK, null, reason);
    }
}
