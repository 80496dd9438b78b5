package com.gauthconsole.run;

/** The step cannot be sent yet; the message says what to do first. Nothing was sent or recorded. */
public class StepNotReady extends RuntimeException {

    StepNotReady(String message) {
        super(message, null, false, false);
    }
}
