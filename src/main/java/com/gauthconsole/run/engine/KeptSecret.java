package com.gauthconsole.run.engine;

import java.time.Instant;
import java.util.Collection;

/** A secret a run keeps sealed, and when it stops being kept unless the run moves on. */
public record KeptSecret(RunSecretName name, Instant keptUntil) {

    /** As the run's page names it. */
    public String label() {
        return name.label();
    }

    /** Whether the run can still get a token: it keeps one, or the client secret to ask for one. */
    public static boolean tokensPossible(Collection<KeptSecret> kept) {
        return kept.stream()
                .anyMatch(secret ->
                        secret.name() == RunSecretName.ACCESS_TOKEN || secret.name() == RunSecretName.CLIENT_SECRET);
    }
}
