package com.gauthconsole.run;

/** Why an attempt was made. */
public enum AttemptKind {
    /** The step's first attempt. */
    EXECUTE,
    /** A lead's new attempt at a failed or interrupted step, possibly with corrected inputs. */
    RE_RUN,
    /** A fresh token for a later step, because the one kept had expired. */
    TOKEN_RENEWAL,
    /** A lead took over an object GAuth already had instead of creating another. */
    ADOPTION,
    /** GAuth's answer to an attempt that had been marked interrupted meanwhile, recorded when it came. */
    LATE_ANSWER,
    SKIP
}
