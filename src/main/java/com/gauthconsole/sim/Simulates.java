package com.gauthconsole.sim;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the handler method that answers a GAuth call, so that faults injected into that call reach it. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface Simulates {
    SimulatedCall value();
}
