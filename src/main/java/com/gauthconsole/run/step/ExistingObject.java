package com.gauthconsole.run.step;

import com.gauthconsole.gauth.Existence;
import com.gauthconsole.gauth.GauthExchange;
import com.gauthconsole.run.engine.ReturnedIds;

/**
 * What GAuth holds in place of what a failed attempt tried to create.
 *
 * @param ids what adopting it records, as if the step had succeeded
 * @param adoptable whether a lead may adopt it: it was found, or GAuth cannot be asked and the lead decides
 * @param needsClientSecret adopting an API client needs its secret, which GAuth never shows again
 * @param lookUp the redacted look-up that found it, or null where GAuth has no look-up
 */
public record ExistingObject(
        Existence.State state,
        String detail,
        ReturnedIds ids,
        boolean adoptable,
        boolean needsClientSecret,
        GauthExchange lookUp) {

    static ExistingObject found(Existence existence, ReturnedIds ids, boolean needsClientSecret) {
        return new ExistingObject(
                existence.state(),
                existence.detail(),
                ids,
                existence.state() == Existence.State.EXISTS,
                needsClientSecret,
                existence.lookUp());
    }

    /** What GAuth's answer means for the lead, as the page's heading says it. */
    public String verdict() {
        return switch (state) {
            case EXISTS -> "GAuth already has it";
            case ABSENT -> "GAuth does not have it: re-run the step to create it";
            case CANNOT_CHECK -> "GAuth cannot be asked";
        };
    }
}
