package com.gauthconsole.run;

import com.gauthconsole.gauth.Exchanged;
import com.gauthconsole.gauth.PreparedCall;
import java.util.function.Function;

/** A step's GAuth call, ready to preview or send, and what its result means for the run. */
record StepCall<T>(PreparedCall<T> call, Function<T, StepOutcome> outcome) {

    Exchanged<StepOutcome> send() {
        return call.send().map(outcome);
    }
}
