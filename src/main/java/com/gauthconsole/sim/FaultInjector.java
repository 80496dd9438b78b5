package com.gauthconsole.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The faults currently armed, in the order they were added; the first one matching a call hits it. */
class FaultInjector {

    private final List<FaultSpec> armed = new ArrayList<>();

    synchronized void add(FaultSpec fault) {
        armed.add(fault);
    }

    /** The armed faults, each with {@code times} showing how many more calls it will hit. */
    synchronized List<FaultSpec> list() {
        return List.copyOf(armed);
    }

    synchronized void clear() {
        armed.clear();
    }

    /** The fault that hits this call, if any, counting the hit against its {@code times}. */
    synchronized Optional<FaultSpec> take(SimulatedCall call) {
        for (int i = 0; i < armed.size(); i++) {
            FaultSpec fault = armed.get(i);
            if (fault.call() != call) {
                continue;
            }
            if (fault.times() == null) {
                return Optional.of(fault);
            }
            if (fault.times() == 1) {
                armed.remove(i);
            } else {
                armed.set(i, withTimes(fault, fault.times() - 1));
            }
            return Optional.of(fault);
        }
        return Optional.empty();
    }

    private static FaultSpec withTimes(FaultSpec fault, int times) {
        return new FaultSpec(
                fault.call(),
                fault.httpStatus(),
                fault.statusCode(),
                fault.message(),
                fault.body(),
                fault.delay(),
                times);
    }
}
