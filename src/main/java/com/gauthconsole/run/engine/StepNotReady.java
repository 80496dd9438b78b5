package com.gauthconsole.run.engine;

import org.springframework.modulith.NamedInterface;

/** The step cannot be sent yet; the message says what to do first. Nothing was sent or recorded. */
@NamedInterface("actor")
public class StepNotReady extends RuntimeException {

    public StepNotReady(String message) {
        super(message, null, false, false);
    }
}
