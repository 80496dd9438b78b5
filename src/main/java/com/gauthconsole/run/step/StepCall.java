package com.gauthconsole.run.step;

import com.gauthconsole.gauth.Exchanged;
import com.gauthconsole.gauth.PreparedCall;
import com.gauthconsole.run.engine.StepOutcome;
import java.util.function.Function;

/** A step's GAuth call, ready to preview or send, and what its result means for the run. */
public record StepCall<T>(PreparedCall<T> call, Function<T, StepOutcome> outcome) {

    public Exchanged<StepOutcome> send() {
        return call.send().map(outcome);
    }
}
