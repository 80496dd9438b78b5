package com.gauthconsole.run.step;

/** Step 2 has nothing to type: the client comes from step 1, the user from the target's ops credentials. */
public record TokenForm() implements StepForm {}
