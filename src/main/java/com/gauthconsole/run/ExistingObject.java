package com.gauthconsole.run;

import com.gauthconsole.gauth.Existence;

/**
 * What GAuth holds in place of what a failed attempt tried to create.
 *
 * @param ids what adopting it records, as if the step had succeeded
 * @param adoptable whether a lead may adopt it: it was found, or GAuth cannot be asked and the lead decides
 * @param needsClientSecret adopting an API client needs its secret, which GAuth never shows again
 */
public record ExistingObject(
        Existence.State state, String detail, ReturnedIds ids, boolean adoptable, boolean needsClientSecret) {

    static ExistingObject found(Existence existence, ReturnedIds ids) {
        return new ExistingObject(
                existence.state(), existence.detail(), ids, existence.state() == Existence.State.EXISTS, false);
    }
}
