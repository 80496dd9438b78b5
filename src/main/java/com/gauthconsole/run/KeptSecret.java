package com.gauthconsole.run;

import java.time.Instant;

/** A secret a run keeps sealed, as its page names it, and when it stops being kept unless the run moves on. */
public record KeptSecret(String label, Instant keptUntil) {

    KeptSecret(RunSecretName name, Instant keptUntil) {
        this(name.label(), keptUntil);
    }
}
