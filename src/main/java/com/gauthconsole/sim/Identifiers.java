package com.gauthconsole.sim;

import java.util.Optional;
import java.util.UUID;

/** Reading the UUIDs that GAuth hands out in {@code path} values. */
final class Identifiers {

    private Identifiers() {}

    static Optional<UUID> asUuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
