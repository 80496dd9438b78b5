package com.gauthconsole.run.engine;

/** The step cannot be sent yet; the message says what to do first. Nothing was sent or recorded. */
public class StepNotReady extends RuntimeException {

    public StepNotReady(String message) {
        super(message, null, false, false);
    }
}
