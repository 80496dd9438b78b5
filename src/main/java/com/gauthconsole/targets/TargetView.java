package com.gauthconsole.targets;

import java.time.Duration;
import java.time.Instant;

/**
 * A target as the targets page shows it: never its ops password.
 *
 * @param id null for a target declared in application.yml, which the page cannot change
 * @param changedBy null for a declared target
 */
record TargetView(
        Long id,
        String name,
        String baseUrl,
        String opsUsername,
        Duration connectTimeout,
        Duration responseTimeout,
        String changedBy,
        Instant changedAt) {

    public boolean declared() {
        return id == null;
    }
}
