package com.gauthconsole.sim;

import java.util.UUID;

/**
 * Which ID the simulator answers in {@code path} for a new environment or contact center, and so which ID its look-ups
 * take. GAuth's procedure does not say: its examples show a new UUID in every snippet, but they may as well be
 * unrelated samples of an echoed CC-id.
 */
public enum IdModel {
    /** A new UUID, as the procedure's examples show; look-ups answer only that UUID. */
    GENERATED,
    /** The CC-id the request's {@code id} named; look-ups answer it. */
    CC_ID;

    String assign(String ccId) {
        return this == GENERATED ? UUID.randomUUID().toString() : ccId;
    }
}
